namespace StatiqSite.Content.Model;

/// <summary>The kinds of page a correction can name; each has its own URL scheme.</summary>
public enum PageKind
{
    Event,
    Actor,
    Figure,
    Source,
    Explainer,
    Briefing,
    Page,
}

/// <summary>
/// A typed reference to one page of the site, written <c>kind:id</c> (for example <c>event:embassy-assault</c>),
/// so that a correction names the record it corrects rather than a URL that may change.
/// </summary>
public sealed record PageRef(PageKind Kind, string Id, TextPosition At)
{
    public static string KindName(PageKind kind) => kind.ToString().ToLowerInvariant();

    public string Text => KindName(Kind) + ":" + Id;

    public bool Targets(PageKind kind, string id) => Kind == kind && string.Equals(Id, id, StringComparison.Ordinal);

    public override string ToString() => Text;
}

/// <summary>One published correction: the day it was made, the page it corrects, and what changed (Markdown).</summary>
public sealed record Correction(DateOnly Date, PageRef Page, MarkdownText What, Origin Origin);
