using System.Collections.Immutable;

namespace StatiqSite.Content.Model;

/// <summary>
/// MarkdownText as written, with the line it starts on, and once rendered, its HTML split into segments
/// so that event cards and figure panels are drawn by the theme's own components.
/// </summary>
public sealed record MarkdownText(string Text, TextPosition At)
{
    public static readonly MarkdownText Empty = new(string.Empty, TextPosition.Start);

    public ImmutableArray<BodySegment> Segments { get; init; } = [];

    /// <summary>The ids of the actors this text links to, in first-mention order.</summary>
    public ImmutableArray<string> Mentions { get; init; } = [];

    public int WordCount { get; init; }

    /// <summary>The first sentence as plain text, without citations: what a compact card shows.</summary>
    public string Lead { get; init; } = string.Empty;

    public bool IsEmpty => Text.Length == 0;
}

/// <summary>A piece of rendered Markdown: plain HTML, or a place where a component is drawn.</summary>
public abstract record BodySegment;

/// <summary>
/// Rendered HTML with what its renderer knows of it: the links it writes, each at the place in its content
/// file where it was written, and the ids it defines. The page that shows it takes these over, so that no
/// one reads the HTML back (see <see cref="RenderedMarkup"/>).
/// </summary>
public sealed record HtmlSegment(string Html) : BodySegment
{
    public ImmutableArray<PageLink> Links { get; init; } = [];

    public ImmutableArray<string> Ids { get; init; } = [];
}

public sealed record EventCardSegment(string EventId) : BodySegment;

public sealed record FigurePanelSegment(string FigureId) : BodySegment;
