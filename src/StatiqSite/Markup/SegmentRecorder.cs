using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqSite.Content.Model;

namespace StatiqSite.Markup;

/// <summary>
/// Hooked into Markdig's renderer (before each object is written): notes each link as the renderer writes it,
/// with the place in the content file it was written, and each id an object is given, so that a segment of
/// rendered Markdown carries them and the link check never reads the HTML back.
/// </summary>
internal sealed class SegmentRecorder
{
    private readonly List<PageLink> links = [];
    private readonly List<string> ids = [];

    /// <summary>The text being rendered; set before each render.</summary>
    public MarkupSource? Source { get; set; }

    public void Attach(IMarkdownRenderer renderer) => renderer.ObjectWriteBefore += (_, written) => Note(written);

    /// <summary>The segment for the HTML written since the last one, with its links and ids; the recorder is then empty.</summary>
    public HtmlSegment Segment(string html)
    {
        var segment = RenderedMarkup.Remember(new HtmlSegment(html) { Links = [.. links], Ids = [.. ids] });
        Clear();
        return segment;
    }

    public void Clear()
    {
        links.Clear();
        ids.Clear();
    }

    private void Note(MarkdownObject written)
    {
        if (written.TryGetAttributes() is { Id: { Length: > 0 } id })
        {
            ids.Add(id);
        }

        switch (written)
        {
            case LinkInline link when (link.GetDynamicUrl?.Invoke() ?? link.Url) is { } url:
                links.Add(new PageLink(url, Source?.OriginAt(link.Line, link.Column)));
                break;
            case AutolinkInline autolink:
                links.Add(new PageLink(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url, Source?.OriginAt(autolink.Line, autolink.Column)));
                break;

            // Markdig's footnote renderers write their ids and links as text, not as attributes; these are
            // the names they write (HtmlFootnoteGroupRenderer, HtmlFootnoteLinkRenderer), which the
            // footnote test compares with the page's DOM.
            case FootnoteGroup group:
                foreach (var footnote in group.OfType<Footnote>())
                {
                    ids.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fn:{footnote.Order}"));
                }

                break;
            case FootnoteLink { IsBackLink: true } back:
                links.Add(new PageLink(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"#fnref:{back.Index}"), Source?.OriginAt(back.Line, back.Column)));
                break;
            case FootnoteLink reference:
                ids.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"fnref:{reference.Index}"));
                links.Add(new PageLink(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"#fn:{reference.Footnote.Order}"), Source?.OriginAt(reference.Line, reference.Column)));
                break;
        }
    }
}
