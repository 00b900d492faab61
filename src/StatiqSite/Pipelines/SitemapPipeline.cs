using StatiqSite.Engine;
using StatiqSite.Publishing;

namespace StatiqSite.Pipelines;

/// <summary>sitemap.xml, from every page the other pipelines made (so it runs after them, in PostProcess).</summary>
public sealed class SitemapPipeline : Pipeline, IProducesLateFiles
{
    public override IReadOnlyList<Type> Dependencies => [typeof(ContentPipeline)];

    public IReadOnlyList<string> LateFiles { get; private set; } = [];

    public override Task PostProcessAsync(PipelineContext context)
    {
        var site = context.Get<ContentPipeline>().Site;
        context.Add(Output.Text(Sitemap.FileName, Sitemap.Write(site, context.ProcessOutputs), ContentTypes.Xml, site.Settings.Origin.File, Name));
        LateFiles = [Sitemap.FileName];
        return Task.CompletedTask;
    }
}

/// <summary>A PostProcess pipeline whose files the link checker must count as present (it sees only Process outputs otherwise).</summary>
public interface IProducesLateFiles
{
    IReadOnlyList<string> LateFiles { get; }
}
