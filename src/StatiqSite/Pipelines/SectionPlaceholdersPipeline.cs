using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Publishing;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>
/// TEMPORARY, on the publishing branch only: a bare page at every URL the layout and content link to
/// whose real pipeline (timeline, actors, events, explainers, briefings, sources, figures) is being
/// written on another branch, so that the link checker and the sub-path crawl see a whole site.
/// It also shows what each real pipeline passes in PageMeta. Delete this file and its line in
/// SitePipelines when the reader pages are merged: SS0603 (two pages at one path) will say so.
/// </summary>
public sealed class SectionPlaceholdersPipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        var u = site.Urls;
        var pages = new List<PageMeta>
        {
            Index(site, "Timeline", u.Timeline, "timeline"),
            Index(site, "Who's who", u.Actors, "actors"),
            Index(site, "Explainers", u.Explainers, "explainers"),
            Index(site, "Briefings", u.Briefings, "briefings"),
            Index(site, "Sources", u.Sources, "sources"),
            Index(site, "Figures", u.Figures, "figures"),
        };
        pages.AddRange(site.Events.Select(e => new PageMeta(e.Title, StructuredData.Plain(e.Summary), u.Event(e.Id), "timeline")
        {
            SourceFile = e.Origin.File,
            IsDraft = e.Draft,
            JsonLd = StructuredData.ForEvent(site, e),
        }));
        pages.AddRange(site.Actors.Select(a => new PageMeta(a.Name, a.Role, u.Actor(a.Id), "actors")
        {
            SourceFile = a.Origin.File,
            JsonLd = StructuredData.ForActor(site, a),
        }));
        pages.AddRange(site.Briefings.Select(b => new PageMeta(b.Title, b.Summary, u.Briefing(b.Id), "briefings")
        {
            SourceFile = b.Origin.File,
            IsDraft = b.Draft,
            OpenGraphType = "article",
            Published = b.Date.Earliest,
            LastUpdated = b.Date.Latest,
            JsonLd = StructuredData.ForBriefing(site, b, LastChanged(context, b.Origin.File) ?? b.Date.Latest),
        }));
        pages.AddRange(site.Explainers.Select(x => new PageMeta(x.Title, x.Summary, u.Explainer(x.Id), "explainers")
        {
            SourceFile = x.Origin.File,
            IsDraft = x.Draft,
            OpenGraphType = "article",
            LastUpdated = x.Updated,
            JsonLd = StructuredData.ForExplainer(site, x, LastChanged(context, x.Origin.File)),
        }));
        pages.AddRange(site.Sources.Select(s => new PageMeta(s.Title, s.Title, u.Source(s.Id), "sources") { SourceFile = s.Origin.File }));
        pages.AddRange(site.Figures.Select(f => new PageMeta(f.Title, f.Title, u.Figure(f.Id), "figures") { SourceFile = f.Origin.File }));

        RenderEach(context, pages, meta => Render<DocumentPage>(
            context,
            meta,
            ("Document", (IDocument)new Page(meta.Section, meta.Title, meta.Description, MarkdownText.Empty, new Origin(meta.SourceFile ?? "placeholder", TextPosition.Start)))));
        return Task.CompletedTask;
    }

    private static PageMeta Index(Site site, string title, string url, string section) =>
        new(title, $"{title}: {site.Settings.Title}", url, section) { JsonLd = StructuredData.ForPage(site, title, title, url) };
}
