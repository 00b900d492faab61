using StatiqSite.Diagnostics;

namespace StatiqSite.Review;

/// <summary>A page's field that changed: title, description or date.</summary>
public sealed record FieldChange(string Name, string? Before, string? After);

/// <summary>
/// One page added, removed or changed: its URL, its main heading (empty for pages with incidental
/// changes only, which are listed by URL and not parsed), the content file it is built from (null
/// for pages built from many, such as the timeline), and what changed in it.
/// </summary>
public sealed record PageChange(string Url, string Title, string? Source)
{
    public IReadOnlyList<FieldChange> Fields { get; init; } = [];

    public IReadOnlyList<TextHunk> Text { get; init; } = [];

    public IReadOnlyList<string> CitationsAdded { get; init; } = [];

    public IReadOnlyList<string> CitationsRemoved { get; init; } = [];

    /// <summary>For pages without a change in what they say: what did change, in words.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>An event whose place in the timeline changed, between which events it stood and stands.</summary>
public sealed record TimelineMove(string Id, string Title, string? FromAfter, string? FromBefore, string? ToAfter, string? ToBefore);

/// <summary>A figure whose latest value, as its page states it, changed (null: the figure is new or gone).</summary>
public sealed record FigureChange(string Title, string Url, string? Before, string? After);

/// <summary>A correction on /corrections/ that the base did not have.</summary>
public sealed record CorrectionAdded(string Url, string Text);

/// <summary>A content file added (A), deleted (D) or modified (M) between the base and the working tree.</summary>
public sealed record SourceChange(char Kind, string Path);

/// <summary>Everything <c>diff</c> found, ready for the text, Markdown and HTML formats.</summary>
public sealed record DiffReport
{
    /// <summary>The base revision as asked for, and its commit.</summary>
    public required string BaseName { get; init; }

    public required string BaseCommit { get; init; }

    /// <summary>Why the base could not be built, with its errors; then every head page is listed as added.</summary>
    public string? BaseFailure { get; init; }

    public IReadOnlyList<Diagnostic> BaseDiagnostics { get; init; } = [];

    public int BasePages { get; init; }

    public int HeadPages { get; init; }

    public IReadOnlyList<SourceChange> Sources { get; init; } = [];

    public IReadOnlyList<PageChange> Added { get; init; } = [];

    public IReadOnlyList<PageChange> Removed { get; init; } = [];

    /// <summary>Pages whose text, title, description, date or citations changed.</summary>
    public IReadOnlyList<PageChange> Changed { get; init; } = [];

    /// <summary>Pages whose visible content is the same but whose markup, navigation or frame changed.</summary>
    public IReadOnlyList<PageChange> Markup { get; init; } = [];

    /// <summary>Pages whose only changes are a "Last updated" date or fingerprinted asset names.</summary>
    public IReadOnlyList<PageChange> Incidental { get; init; } = [];

    public IReadOnlyList<TimelineMove> Moves { get; init; } = [];

    public IReadOnlyList<FigureChange> Figures { get; init; } = [];

    public IReadOnlyList<CorrectionAdded> Corrections { get; init; } = [];

    /// <summary>Files other than pages (data, feed, search index, assets) added, removed or changed.</summary>
    public IReadOnlyList<SourceChange> OtherFiles { get; init; } = [];

    /// <summary>True when readers would see no difference at all (incidental changes aside).</summary>
    public bool NoChange => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0 && Markup.Count == 0 && Moves.Count == 0 && Figures.Count == 0 && Corrections.Count == 0;

    public string ShortCommit => BaseCommit.Length > 12 ? BaseCommit[..12] : BaseCommit;
}
