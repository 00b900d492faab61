using StatiqSite.Engine;

namespace StatiqSite.Pipelines;

/// <summary>The pipelines that make the site, in one list.</summary>
public static class SitePipelines
{
    public static IReadOnlyList<Pipeline> Create() =>
    [
        new ContentPipeline(),
        new ThemePipeline(),
        new HomePipeline(),
        new PagesPipeline(),
        new NotFoundPipeline(),
        new CorrectionsPipeline(),
        new DataPipeline(),
        new SearchPipeline(),
    ];
}
