using StatiqSite.Engine;
using StatiqSite.Publishing;

namespace StatiqSite.Pipelines;

/// <summary>feed.xml: an Atom feed of briefings, of new or changed events, and of corrections.</summary>
public sealed class FeedPipeline : Pipeline
{
    public override IReadOnlyList<Type> Dependencies => [typeof(ContentPipeline), typeof(HistoryPipeline)];

    public override Task ProcessAsync(PipelineContext context)
    {
        var site = context.Get<ContentPipeline>().Site;
        var history = context.Get<HistoryPipeline>().History;
        var entries = AtomFeed.Entries(site, history);
        string xml = AtomFeed.Write(site, entries, history.LastChanged(site.Settings.Origin.File));
        context.Add(Output.Text(AtomFeed.FileName, xml, ContentTypes.Atom, site.Settings.Origin.File, Name));
        return Task.CompletedTask;
    }
}
