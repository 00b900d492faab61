using System.Collections.Immutable;
using StatiqSite.Content.Model;

namespace StatiqSite.Loading;

/// <summary>Everything read from <c>input/</c>, before cross-references are checked.</summary>
public sealed record LoadedContent(
    SiteSettings? Settings,
    ImmutableArray<EventTheme> Themes,
    ImmutableArray<Era> Eras,
    ImmutableArray<Source> Sources,
    ImmutableArray<Actor> Actors,
    ImmutableArray<Event> Events,
    ImmutableArray<Figure> Figures,
    ImmutableArray<Briefing> Briefings,
    ImmutableArray<Explainer> Explainers,
    ImmutableArray<Page> Pages)
{
    /// <summary>From <c>input/corrections.yml</c>, in file order.</summary>
    public ImmutableArray<Correction> Corrections { get; init; } = [];

    /// <summary>The house style from <c>input/style.yml</c>, if there is one; <c>check</c> holds prose to it.</summary>
    public Readers.StyleRules? Style { get; init; }

    /// <summary>The site's language rules files (<c>i18n/&lt;lang&gt;.rules.yml</c>), read over the theme's by <see cref="LanguageLoader"/>.</summary>
    public ImmutableArray<LanguageRulesFile> LanguageRules { get; init; } = [];

    /// <summary>The site's strings files from <c>input/i18n/</c>, one per language, read once the language is known.</summary>
    public ImmutableArray<StringsFile> StringsFiles { get; init; } = [];

    /// <summary>The files the content was read from, for checks that look at the text as written.</summary>
    public IReadOnlyList<InputFile> Files { get; init; } = [];
}
