using StatiqSite.Content.Model;

namespace StatiqSite.Theme.Strings;

/// <summary>The page shell: skip link, draft banner, the footer's line on the sources.</summary>
public sealed class LayoutStrings(StringTable t)
{
    private readonly Plural footerSources = t.Plural("layout.footer_sources", "sources");
    private readonly Plural footerSourcesLink = t.Plural("layout.footer_sources_link");

    public string SkipLink { get; } = t.Text("layout.skip_link");

    public string NavLabel { get; } = t.Text("layout.nav_label");

    public string DraftLabel { get; } = t.Text("layout.draft_label");

    public string DraftText { get; } = t.Text("layout.draft_text");

    /// <summary>"Every fact on this site cites one of {sources} by paragraph."; {sources} is the link.</summary>
    public Template FooterSources(int sources) => footerSources.For(sources);

    public string FooterOpinion { get; } = t.Text("layout.footer_opinion");

    public string FooterLabel { get; } = t.Text("layout.footer_label");

    /// <summary>The text of the footer's link to the sources page, counting them.</summary>
    public string FooterSourcesLink(int sources) => footerSourcesLink.Of(sources);
}

/// <summary>The labels of the navigation and footer links.</summary>
public sealed class NavStrings(StringTable t)
{
    public string Timeline { get; } = t.Text("nav.timeline");

    public string Actors { get; } = t.Text("nav.actors");

    public string Explainers { get; } = t.Text("nav.explainers");

    public string Briefings { get; } = t.Text("nav.briefings");

    public string Sources { get; } = t.Text("nav.sources");

    public string Search { get; } = t.Text("nav.search");

    public string Events { get; } = t.Text("nav.events");

    public string Figures { get; } = t.Text("nav.figures");

    public string Data { get; } = t.Text("nav.data");

    /// <summary>A section's label in the menu or the footer when site.yml's item gives none (a page's is its title).</summary>
    public string Section(Content.Model.SiteSection section) => section switch
    {
        Content.Model.SiteSection.Timeline => Timeline,
        Content.Model.SiteSection.Actors => Actors,
        Content.Model.SiteSection.Events => Events,
        Content.Model.SiteSection.Explainers => Explainers,
        Content.Model.SiteSection.Briefings => Briefings,
        Content.Model.SiteSection.Sources => Sources,
        Content.Model.SiteSection.Figures => Figures,
        Content.Model.SiteSection.Search => Search,
        _ => Data,
    };
}

/// <summary>Words used on many pages: breadcrumbs, pager, page facts.</summary>
public sealed class CommonStrings(StringTable t)
{
    private readonly Plural readingTime = t.Plural("common.reading_time");

    public string Home { get; } = t.Text("common.home");

    public string BreadcrumbLabel { get; } = t.Text("common.breadcrumb_label");

    public string Previous { get; } = t.Text("common.previous");

    public string Next { get; } = t.Text("common.next");

    public string LastUpdated { get; } = t.Text("common.last_updated");

    public string EditPage { get; } = t.Text("common.edit_page");

    public string Updated { get; } = t.Text("common.updated");

    public string SourcesDiffer { get; } = t.Text("common.sources_differ");

    /// <summary>Minutes to read at 200 words a minute, at least one.</summary>
    public string ReadingTime(int words) => readingTime.Of(Math.Max(1, (words + 199) / 200));
}

/// <summary>Numbers with the noun they count.</summary>
public sealed class CountStrings(StringTable t)
{
    public Plural Events { get; } = t.Plural("counts.events");

    public Plural Figures { get; } = t.Plural("counts.figures");

    public Plural Actors { get; } = t.Plural("counts.actors");

    public Plural Paragraphs { get; } = t.Plural("counts.paragraphs");
}

/// <summary>The names of the content model's kinds: actors and sources.</summary>
public sealed class KindStrings(StringTable t)
{
    private readonly string[] one = [.. Names.Select(n => t.Text("kinds." + n.One))];
    private readonly string opinion = t.Text("source_kinds.opinion");
    private readonly string news = t.Text("source_kinds.news");
    private readonly string analysis = t.Text("source_kinds.analysis");

    // In the order of ActorKind's values.
    private static readonly (ActorKind Kind, string One)[] Names =
    [
        (ActorKind.Person, "person"),
        (ActorKind.Organization, "organization"),
        (ActorKind.ArmedGroup, "armed_group"),
        (ActorKind.GovernmentBody, "government_body"),
        (ActorKind.Country, "country"),
        (ActorKind.Place, "place"),
    ];

    public string Kind(ActorKind kind) => one[Array.FindIndex(Names, n => n.Kind == kind)];

    public string SourceKind(SourceKind kind) => kind switch
    {
        Content.Model.SourceKind.Opinion => opinion,
        Content.Model.SourceKind.News => news,
        _ => analysis,
    };
}

/// <summary>An index page's title and description (its PageMeta), for pages with no more copy than that.</summary>
public class PageCopy(StringTable t, string group)
{
    public string Title { get; } = t.Text(group + ".title");

    public string Description { get; } = t.Text(group + ".description");
}

/// <summary>An index page's title, description and the lede under its heading.</summary>
public sealed class IndexCopy(StringTable t, string group) : PageCopy(t, group)
{
    public string Lede { get; } = t.Text(group + ".lede");
}
