using StatiqSite.Content.Model;

namespace StatiqSite.Loading;

public enum InputKind
{
    Site,
    Themes,
    Eras,
    Corrections,
    Style,
    Source,
    Actor,
    Event,
    Figure,
    Briefing,
    Explainer,
    Page,

    /// <summary>A file of <c>i18n/</c>: a language's strings (<c>&lt;lang&gt;.yml</c>) or rules (<c>&lt;lang&gt;.rules.yml</c>).</summary>
    Language,
}

/// <summary>A content file found under <c>input/</c>: where it is and what it holds.</summary>
public sealed record InputFile(InputKind Kind, string FullPath, string DisplayPath, string Stem)
{
    public Origin Origin => new(DisplayPath, TextPosition.Start);
}
