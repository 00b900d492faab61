using StatiqSite.Engine;
using StatiqSite.Publishing;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>
/// A page at each former URL of an event or actor (from redirect_from) that sends the reader on, for
/// hosts and file servers that ignore _redirects; _redirects gives the same moves as real 301s.
/// </summary>
public sealed class RedirectsPipeline : Pipeline
{
    public override IReadOnlyList<Type> Dependencies => [typeof(ContentPipeline), typeof(ThemePipeline)];

    public override Task ProcessAsync(PipelineContext context)
    {
        var site = context.Get<ContentPipeline>().Site;
        var renderer = context.Get<ThemePipeline>().Renderer;
        foreach (var redirect in HostingRules.Redirects(site))
        {
            var page = renderer.RenderPage<RedirectPage>(new Dictionary<string, object?>
            {
                [nameof(RedirectPage.Site)] = site,
                [nameof(RedirectPage.Strings)] = context.Get<ContentPipeline>().Strings,
                [nameof(RedirectPage.To)] = redirect.To,
            });
            context.Add(new Output(site.Urls.FileFor(redirect.From), page.Html, ContentTypes.Html, redirect.Source, Name)
            {
                Page = new PageDocument(redirect.From, Name, redirect.Source, Meta: null, page.Links, page.Ids),
            });
        }

        return Task.CompletedTask;
    }
}
