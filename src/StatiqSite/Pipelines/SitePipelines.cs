using StatiqSite.Engine;

namespace StatiqSite.Pipelines;

/// <summary>The pipelines that make the site, in one list.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline> Create() =>
    [
        new ContentPipeline(),
        new ThemePipeline(),
        new HistoryPipeline(),
        new HomePipeline(),
        new PagesPipeline(),
        new NotFoundPipeline(),
        new TimelinePipeline(),
        new TimelineFilterPipeline(),
        new EventsPipeline(),
        new SectionIndexPipeline(),
        new GlossaryPipeline(),
        new ExplainersPipeline(),
        new BriefingsPipeline(),
        new SourcesPipeline(),
        new FiguresPipeline(),
        new CorrectionsPipeline(),
        new DataPipeline(),
        new SearchPipeline(),
        new RedirectsPipeline(),
        new FeedPipeline(),
        new HostingPipeline(),
        new SitemapPipeline(),
        new LinkCheckPipeline(),
        new HtmlAuditPipeline(),
    ];
}
