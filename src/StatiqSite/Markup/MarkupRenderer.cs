using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Markup.Extensions.ActorMentions;
using StatiqSite.Markup.Extensions.ContentLinks;
using StatiqSite.Markup.Extensions.Shortcodes;

namespace StatiqSite.Markup;

/// <summary>
/// Renders content MarkdownText with one shared Markdig pipeline: Markdig's advanced extensions, less the
/// two that let content inject markup (generic attributes and media embeds), plus our own extensions.
/// Raw HTML is refused, not filtered: see docs/security.md.
/// </summary>
public static class MarkupRenderer
{
    public static readonly MarkdownPipeline Pipeline = Build();

    /// <param name="allowShortcodes">Whether event and figure shortcodes may be used (page bodies only).</param>
    /// <param name="linkMentions">
    /// Whether to link each actor's first mention. Only for text that is a page's whole body: a summary
    /// is shown many times on one page (the timeline), where "first on the page" cannot be known.
    /// </param>
    public static MarkdownText Render(MarkdownText markdown, Origin file, MarkupContext context, bool allowShortcodes, bool linkMentions = false)
    {
        if (markdown.IsEmpty)
        {
            return markdown;
        }

        var source = new MarkupSource(file, markdown.At);
        var document = Markdig.Markdown.Parse(markdown.Text, Pipeline);
        Check(document, source, context, allowShortcodes);
        ContentLinkResolver.Resolve(document, context, source);
        if (linkMentions)
        {
            ActorMentionExtension.Link(document, context, source);
        }

        var segments = ImmutableArray.CreateBuilder<BodySegment>();
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        foreach (var block in document)
        {
            if (block is ShortcodeBlock { Name: not null, Id: not null } shortcode)
            {
                Flush();
                segments.Add(shortcode.Name == "event" ? new EventCardSegment(shortcode.Id) : new FigurePanelSegment(shortcode.Id));
                continue;
            }

            renderer.Render(block);
        }

        Flush();
        return markdown with
        {
            Segments = segments.ToImmutable(),
            Mentions = [.. source.Mentions],
            WordCount = CountWords(document),
        };

        void Flush()
        {
            renderer.Writer.Flush();
            var sb = writer.GetStringBuilder();
            if (sb.Length > 0)
            {
                segments.Add(new HtmlSegment(sb.ToString()));
                sb.Clear();
            }
        }
    }

    private static void Check(MarkdownDocument document, MarkupSource source, MarkupContext context, bool allowShortcodes)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock html:
                    source.Report(context, Codes.RawHtml, html.Line, html.Column,
                        $"raw HTML is not allowed in content (found '{Excerpt(html.Lines.ToString())}'); write it in Markdown instead");
                    break;
                case HtmlInline html:
                    source.Report(context, Codes.RawHtml, html.Line, html.Column,
                        $"raw HTML is not allowed in content (found '{Excerpt(html.Tag)}'); write it in MarkdownText instead, or escape the '<' as \\<");
                    break;
                case ShortcodeBlock shortcode:
                    CheckShortcode(shortcode, source, context, allowShortcodes);
                    break;
            }
        }
    }

    private static void CheckShortcode(ShortcodeBlock shortcode, MarkupSource source, MarkupContext context, bool allowed)
    {
        if (shortcode.Name is null || !ShortcodeExtension.Names.Contains(shortcode.Name))
        {
            source.Report(context, Codes.UnknownShortcode, shortcode.Line, shortcode.Column,
                $"'{Excerpt(shortcode.Raw)}' is not a shortcode; write {{{{< event <event-id> >}}}} or {{{{< figure <figure-id> >}}}} on a line of its own");
            shortcode.Name = null;
            return;
        }

        if (!allowed)
        {
            source.Report(context, Codes.UnknownShortcode, shortcode.Line, shortcode.Column,
                "shortcodes can be used only in the body of briefings, explainers and pages; link with [text](event:<id>) instead");
            shortcode.Name = null;
            return;
        }

        var known = shortcode.Name == "event" ? context.Validator.Events : context.Validator.Figures;
        if (!known.Check(shortcode.Id!, source.OriginAt(shortcode.Line, shortcode.Column), context.Diagnostics))
        {
            shortcode.Name = null;
        }
    }

    private static int CountWords(MarkdownDocument document)
    {
        int words = 0;
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            bool inWord = false;
            var span = literal.Content.AsSpan();
            foreach (char c in span)
            {
                bool letter = !char.IsWhiteSpace(c);
                if (letter && !inWord)
                {
                    words++;
                }

                inWord = letter;
            }
        }

        return words;
    }

    private static string Excerpt(string? s)
    {
        string text = (s ?? string.Empty).Trim().ReplaceLineEndings(" ");
        return text.Length <= 40 ? text : text[..37] + "...";
    }

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions();
        builder.Extensions.RemoveAll(e => e is GenericAttributesExtension or MediaLinkExtension);
        builder.Extensions.Add(new ShortcodeExtension());
        builder.Extensions.Add(new ContentLinkExtension());
        builder.Extensions.Add(new ActorMentionExtension());
        return builder.Build();
    }
}
