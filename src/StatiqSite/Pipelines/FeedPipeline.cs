using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Publishing;

namespace StatiqSite.Pipelines;

/// <summary>
/// feed.xml: an Atom feed of briefings, of new or changed events, and of corrections. It runs after the pages
/// are made (PostProcess) and reads each entry from its page's metadata, so the feed says what the page says.
/// </summary>
public sealed class FeedPipeline : Pipeline
{
    public override IReadOnlyList<Type> Dependencies => [typeof(ContentPipeline), typeof(HistoryPipeline)];

    public override Task PostProcessAsync(PipelineContext context)
    {
        var site = context.Get<ContentPipeline>().Site;
        var history = context.Get<HistoryPipeline>().History;
        var pages = new Dictionary<string, Theme.PageMeta>(StringComparer.Ordinal);
        foreach (var output in context.ProcessOutputs)
        {
            if (output.Page is { Meta: { } meta } page)
            {
                pages[page.Url] = meta;
            }
        }

        var entries = AtomFeed.Entries(site, pages);
        string xml;
        try
        {
            xml = AtomFeed.Write(site, entries, history.LastChanged(site.Settings.Origin.File));
        }
        catch (ArgumentException e)
        {
            // XmlWriter refuses characters XML forbids. The content checks refuse them first (SS0111), so this
            // is the boundary for a path they miss: a diagnostic, never a crash.
            context.Diagnostics.Error(Codes.ControlCharacter, new Origin(site.Settings.Origin.File, TextPosition.Start),
                $"the feed could not be written: a title or summary holds a character XML does not allow ({e.Message})");
            return Task.CompletedTask;
        }

        context.Add(Output.Text(AtomFeed.FileName, xml, ContentTypes.Atom, site.Settings.Origin.File, Name));
        return Task.CompletedTask;
    }
}
