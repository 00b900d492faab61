using StatiqSite.Engine;
using StatiqSite.Publishing;

namespace StatiqSite.Pipelines;

/// <summary>_headers and _redirects for Netlify and Cloudflare Pages, and robots.txt, from the typed hosting rules.</summary>
public sealed class HostingPipeline : Pipeline
{
    public override IReadOnlyList<Type> Dependencies => [typeof(ContentPipeline)];

    public override Task ProcessAsync(PipelineContext context)
    {
        var site = context.Get<ContentPipeline>().Site;
        string origin = site.Settings.Origin.File;
        context.Add(Output.Text("_headers", HostingRules.HeadersFile(site.Urls.BasePath), ContentTypes.Text, origin, Name));
        context.Add(Output.Text("_redirects", HostingRules.RedirectsFile(site), ContentTypes.Text, origin, Name));
        context.Add(Output.Text("robots.txt", Sitemap.Robots(site), ContentTypes.Text, origin, Name));
        return Task.CompletedTask;
    }
}
