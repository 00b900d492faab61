using StatiqSite.Engine;
using StatiqSite.Publishing;

namespace StatiqSite.Pipelines;

/// <summary>sitemap.xml, from every page the other pipelines made (so it runs after them, in PostProcess).</summary>
public sealed class SitemapPipeline : Pipeline
{
    public override IReadOnlyList<Type> Dependencies => [typeof(ContentPipeline)];

    public override Task PostProcessAsync(PipelineContext context)
    {
        var site = context.Get<ContentPipeline>().Site;
        context.Add(Output.Text(Sitemap.FileName, Sitemap.Write(site, context.ProcessOutputs), ContentTypes.Xml, site.Settings.Origin.File, Name));
        return Task.CompletedTask;
    }
}
