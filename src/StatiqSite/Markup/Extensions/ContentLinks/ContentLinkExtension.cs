using Markdig;
using Markdig.Renderers;

namespace StatiqSite.Markup.Extensions.ContentLinks;

/// <summary>
/// Links between content written as <c>[text](event:id)</c>, <c>(actor:id)</c>, <c>(figure:id)</c> and
/// <c>(source:id#14)</c>. Resolving them needs the whole site, so <see cref="ContentLinkResolver"/>
/// rewrites them after parsing; this entry point only makes sure precise positions are tracked for its errors.
/// </summary>
public sealed class ContentLinkExtension : IMarkdownExtension
{
    public static readonly IReadOnlySet<string> Schemes = new HashSet<string>(StringComparer.Ordinal) { "event", "actor", "figure", "source" };

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.PreciseSourceLocation = true;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
