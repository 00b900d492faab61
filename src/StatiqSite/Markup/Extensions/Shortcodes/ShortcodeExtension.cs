using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StatiqSite.Markup.Extensions.Shortcodes;

/// <summary>
/// Registers the <c>{{&lt; event id &gt;}}</c> and <c>{{&lt; figure id &gt;}}</c> block shortcodes. The page renderer
/// turns each into a segment drawn by the theme's own EventCard or FigurePanel component; on its own,
/// the HTML renderer writes nothing for them.
/// </summary>
public sealed class ShortcodeExtension : IMarkdownExtension
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal) { "event", "figure" };

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ShortcodeParser>())
        {
            pipeline.BlockParsers.Insert(0, new ShortcodeParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<ShortcodeRenderer>())
        {
            html.ObjectRenderers.Insert(0, new ShortcodeRenderer());
        }
    }

    private sealed class ShortcodeRenderer : HtmlObjectRenderer<ShortcodeBlock>
    {
        protected override void Write(HtmlRenderer renderer, ShortcodeBlock obj)
        {
        }
    }
}
