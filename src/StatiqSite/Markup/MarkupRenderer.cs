using System.Collections.Immutable;
using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
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

    // Setting up a renderer registers every extension's object renderers, which costs more than
    // rendering a short text; each thread keeps one, reset between texts.
    [ThreadStatic]
    private static ReusableRenderer? threadRenderer;

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
        if (!MarkdownLimits.Check(markdown.Text, source, context))
        {
            return markdown;
        }

        try
        {
            return Parsed(markdown, source, context, allowShortcodes, linkMentions);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The limits above keep Markdig inside its bounds (it throws past 128 levels of nesting, in parsing
            // or rendering); this is the boundary for whatever they miss, so that no text can stop the build
            // with anything but a diagnostic at its file.
            // A renderer that threw keeps its nesting count, so the thread's next text gets a new one.
            threadRenderer = null;
            source.Report(context, Codes.UnreadableMarkdown, 0, 0,
                "this Markdown could not be read (most likely it nests block quotes, lists, links or emphasis too deeply); simplify it");
            return markdown;
        }
    }

    private static MarkdownText Parsed(MarkdownText markdown, MarkupSource source, MarkupContext context, bool allowShortcodes, bool linkMentions)
    {
        var document = Markdig.Markdown.Parse(markdown.Text, Pipeline);
        string lead = Lead.Of(document, context.Abbreviations); // before the walk resolves "source:" citations into URLs
        var walk = new Walk(source, context, allowShortcodes);
        walk.Blocks(document);
        if (linkMentions)
        {
            ActorMentionExtension.Link(document, context, source);
        }

        var reusable = threadRenderer ??= new ReusableRenderer();
        var renderer = reusable.Renderer;
        reusable.Recorder.Source = source;
        var segments = ImmutableArray.CreateBuilder<BodySegment>();
        try
        {
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
        }
        finally
        {
            reusable.Reset();
        }

        return markdown with
        {
            Segments = segments.ToImmutable(),
            Mentions = [.. source.Mentions],
            WordCount = CountWords(document),
            Lead = lead,
        };

        void Flush()
        {
            renderer.Writer.Flush();
            var sb = reusable.Text;
            if (sb.Length > 0)
            {
                segments.Add(reusable.Recorder.Segment(sb.ToString()));
                sb.Clear();
            }
        }
    }

    /// <summary>
    /// One pass over the parsed document, in document order: refuses raw HTML and misplaced shortcodes,
    /// moves heading ids off the ids the theme writes around the body, resolves content links (which records actor mentions in first-mention order) and counts words.
    /// A hand-written walk, because Markdig's Descendants() allocates per node and dominated the profile.
    /// </summary>
    private sealed class Walk(MarkupSource source, MarkupContext context, bool allowShortcodes)
    {
        public void Blocks(ContainerBlock container)
        {
            for (int i = 0; i < container.Count; i++)
            {
                var block = container[i];
                switch (block)
                {
                    case HtmlBlock html:
                        source.Report(context, Codes.RawHtml, html.Line, html.Column,
                            $"raw HTML is not allowed in content (found '{Excerpt(html.Lines.ToString())}'); write it in Markdown instead");
                        break;
                    case ShortcodeBlock shortcode:
                        CheckShortcode(shortcode, source, context, allowShortcodes);
                        break;
                    case Table table:
                        AlignWithClasses(table);
                        break;
                    case HeadingBlock heading when heading.TryGetAttributes() is { Id: { } id } attributes && Theme.ThemeIds.IsTaken(id):
                        attributes.Id = Theme.ThemeIds.Instead(id);
                        break;
                }

                if (block is ContainerBlock inner)
                {
                    Blocks(inner);
                }
                else if (block is LeafBlock { Inline: { } inline })
                {
                    Inlines(inline);
                }
            }
        }

        private void Inlines(ContainerInline container)
        {
            for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                switch (inline)
                {
                    case HtmlInline html:
                        source.Report(context, Codes.RawHtml, html.Line, html.Column,
                            $"raw HTML is not allowed in content (found '{Excerpt(html.Tag)}'); write it in Markdown instead, or escape the '<' as \\<");
                        break;
                    case HtmlEntityInline entity when Text.CharRanges.IndexOfForbidden(entity.Transcoded.AsSpan()) is var bad and >= 0:
                        source.Report(context, Codes.ControlCharacter, entity.Line, entity.Column,
                            $"the character reference '{Excerpt(entity.Original.ToString())}' stands for U+{(int)entity.Transcoded.AsSpan()[bad]:X4}, a control or non-character that is not allowed in content; delete it");
                        break;
                    case LinkInline link when Text.CharRanges.IndexOfForbidden(link.Url) >= 0 || Text.CharRanges.IndexOfForbidden(link.Title) >= 0:
                        source.Report(context, Codes.ControlCharacter, link.Line, link.Column,
                            "this link's address or title holds a control or non-character (written as a character reference); delete it");
                        break;
                    case LinkInline link:
                        ContentLinkResolver.ResolveLink(link, context, source);
                        break;
                    case AutolinkInline autolink:
                        ContentLinkResolver.CheckAutolink(autolink, context, source);
                        break;
                }

                if (inline is ContainerInline inner)
                {
                    Inlines(inner);
                }
            }
        }
    }

    /// <summary>A per-thread Markdig renderer writing into a reusable buffer.</summary>
    private sealed class ReusableRenderer
    {
        private readonly StringWriter writer = new(System.Globalization.CultureInfo.InvariantCulture);

        public ReusableRenderer()
        {
            Renderer = new HtmlRenderer(writer);
            Pipeline.Setup(Renderer);
            Recorder.Attach(Renderer);
        }

        public SegmentRecorder Recorder { get; } = new();

        public HtmlRenderer Renderer { get; }

        public System.Text.StringBuilder Text => writer.GetStringBuilder();

        /// <summary>Leaves the renderer as a new one would be: at the start of a line, with nothing written.</summary>
        public void Reset()
        {
            Renderer.EnsureLine();
            Renderer.Writer.Flush();
            Text.Clear();
            Recorder.Clear();
            Recorder.Source = null;
        }
    }

    /// <summary>
    /// Markdig writes a column's alignment as <c>style="text-align: ..."</c> on each cell and a grid table's
    /// widths as <c>style="width: ..."</c> on its columns; the Content-Security-Policy drops both, and the
    /// audit refuses style attributes. So alignment becomes a class the stylesheet styles, and widths go.
    /// </summary>
    private static void AlignWithClasses(Table table)
    {
        var alignments = table.ColumnDefinitions.Select(c => c.Alignment).ToArray();
        foreach (var column in table.ColumnDefinitions)
        {
            column.Alignment = null;
            column.Width = 0;
        }

        foreach (var row in table.OfType<TableRow>())
        {
            for (int i = 0; i < row.Count; i++)
            {
                // A pipe table leaves ColumnIndex unset (-1); its cells are in column order, as Markdig renders them.
                var cell = (TableCell)row[i];
                int column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : i;
                if (column < alignments.Length && alignments[column] is { } alignment)
                {
                    cell.GetAttributes().AddClass(alignment switch
                    {
                        TableColumnAlign.Center => "align-center",
                        TableColumnAlign.Right => "align-right",
                        _ => "align-left",
                    });
                }
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

    /// <summary>Words in the text as finally rendered, after mentions were linked (which splits literals).</summary>
    private static int CountWords(ContainerBlock container)
    {
        int words = 0;
        for (int i = 0; i < container.Count; i++)
        {
            words += container[i] switch
            {
                ContainerBlock inner => CountWords(inner),
                LeafBlock { Inline: { } inline } => CountWords(inline),
                _ => 0,
            };
        }

        return words;
    }

    private static int CountWords(ContainerInline container)
    {
        int words = 0;
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline is LiteralInline literal)
            {
                words += CountWords(literal.Content.AsSpan());
            }
            else if (inline is ContainerInline inner)
            {
                words += CountWords(inner);
            }
        }

        return words;
    }

    private static int CountWords(ReadOnlySpan<char> span)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in span)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
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
