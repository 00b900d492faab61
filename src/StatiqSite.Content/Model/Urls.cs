namespace StatiqSite.Content.Model;

/// <summary>
/// The site's URL scheme in one place. Every link is root-relative and starts with the base path,
/// so that the site works at a domain's root and under a sub-path alike.
/// </summary>
public sealed class Urls(string basePath)
{
    public string BasePath { get; } = basePath.EndsWith('/') ? basePath : basePath + "/";

    public string Home => BasePath;

    public string Timeline => BasePath + "timeline/";

    public string Actors => BasePath + "actors/";

    public string Explainers => BasePath + "explainers/";

    public string Briefings => BasePath + "briefings/";

    public string Sources => BasePath + "sources/";

    public string Figures => BasePath + "figures/";

    public string Event(string id) => $"{BasePath}events/{id}/";

    public string EventAnchor(string id) => $"{Timeline}#event-{id}";

    public string Actor(string id) => $"{BasePath}actors/{id}/";

    public string Source(string id) => $"{BasePath}sources/{id}/";

    public string Figure(string id) => $"{BasePath}figures/{id}/";

    public string Explainer(string id) => $"{BasePath}explainers/{id}/";

    public string Briefing(string id) => $"{BasePath}briefings/{id}/";

    public string Page(string id) => $"{BasePath}{id}/";

    /// <summary>The index of every event's page.</summary>
    public string Events => BasePath + "events/";

    public string TimelineThemes => Timeline + "themes/";

    public string TimelineActors => Timeline + "actors/";

    public string TimelineForActor(string id) => $"{Timeline}actors/{id}/";

    public string TimelineForTheme(string id) => $"{Timeline}themes/{id}/";

    public string Asset(string fileName) => $"{BasePath}assets/{fileName}";

    public string Search => BasePath + "search/";

    public string Data => BasePath + "data/";

    public string DataFile(string fileName) => $"{Data}{fileName}";

    public string Corrections => Page("corrections");

    /// <summary>The index page of one of the generator's sections, as navigation names it.</summary>
    public string Section(SiteSection section) => section switch
    {
        SiteSection.Timeline => Timeline,
        SiteSection.Actors => Actors,
        SiteSection.Events => Events,
        SiteSection.Explainers => Explainers,
        SiteSection.Briefings => Briefings,
        SiteSection.Sources => Sources,
        SiteSection.Figures => Figures,
        SiteSection.Search => Search,
        _ => Data,
    };

    /// <summary>Where a navigation item leads.</summary>
    public string For(NavItem item) => item.Kind switch
    {
        NavTargetKind.Section => Section(item.Section!.Value),
        NavTargetKind.Page => Page(item.Target),
        _ => item.Target,
    };

    /// <summary>The page a typed reference (as corrections use) names.</summary>
    public string For(PageRef page) => page.Kind switch
    {
        PageKind.Event => Event(page.Id),
        PageKind.Actor => Actor(page.Id),
        PageKind.Figure => Figure(page.Id),
        PageKind.Source => Source(page.Id),
        PageKind.Explainer => Explainer(page.Id),
        PageKind.Briefing => Briefing(page.Id),
        _ => Page(page.Id),
    };

    /// <summary>The file a clean URL is written to, relative to the output folder.</summary>
    public string FileFor(string url)
    {
        string path = url.StartsWith(BasePath, StringComparison.Ordinal) ? url[BasePath.Length..] : url.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
