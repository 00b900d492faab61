using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace StatiqSite.Markup.Extensions.ActorMentions;

/// <summary>
/// Links the first mention of each actor on a page (its name or any alias, as a whole word) to its
/// glossary entry, with the actor's one-line role as the link's accessible description. Which names
/// exist is known only once the whole site is loaded, so <see cref="MarkupRenderer"/> calls
/// <see cref="Link"/> on each parsed document; registering the extension keeps the pipeline's
/// source positions precise, which the rewritten inlines rely on for diagnostics elsewhere.
/// </summary>
public sealed class ActorMentionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.PreciseSourceLocation = true;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>
    /// Links first mentions in <paramref name="document"/>. One document is one page body, so "once
    /// per page" holds across the segments the body is later split into. Actors the author already
    /// linked by hand (<c>[text](actor:id)</c>) count as mentioned and are not linked again.
    /// </summary>
    public static void Link(MarkdownDocument document, MarkupContext context, MarkupSource source)
    {
        if (context.ActorNames is not { IsEmpty: false } names)
        {
            return;
        }

        var linker = new ActorMentionLinker(names, context, source, source.Mentions);
        linker.Visit(document);
    }
}
