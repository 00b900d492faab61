using System.Collections.Immutable;

namespace StatiqSite.Content.Language;

/// <summary>Which way a language's text runs; the theme writes it as <c>&lt;html dir&gt;</c>.</summary>
public enum TextDirection
{
    Ltr,
    Rtl,
}

/// <summary>
/// Everything about a language that is a rule rather than a sentence: how dates read, how search
/// folds words, which words end in a full stop without ending a sentence, and which way text runs.
/// Read from <c>theme/i18n/&lt;lang&gt;.rules.yml</c> and a site's <c>input/i18n/&lt;lang&gt;.rules.yml</c>
/// (docs/theme.md, "Languages"); the site's <c>language</c> chooses them.
/// </summary>
/// <param name="Tag">The BCP 47 tag from site.yml, written as <c>&lt;html lang&gt;</c>.</param>
/// <param name="Abbreviations">Words written with their full stop ("Gen.", "e.g.") that do not end a sentence.</param>
public sealed record LanguageRules(
    string Tag,
    TextDirection Direction,
    DateRules Dates,
    SearchRules Search,
    ImmutableArray<string> Abbreviations)
{
    /// <summary>The dates of this language, formatted for readers.</summary>
    public DateFormatter Formatter { get; } = new(Dates);

    /// <summary>
    /// The text of the rules files these were read from: equal signatures mean equal rules, which lets preview
    /// keep its search caches from one build to the next.
    /// </summary>
    public string Signature { get; init; } = string.Empty;

    /// <summary>The value of <c>dir</c>: "ltr" or "rtl".</summary>
    public string Dir => Direction == TextDirection.Rtl ? "rtl" : "ltr";
}

/// <summary>How dates read. Each text names its parts as placeholders; <see cref="Names"/> lists those each may use.</summary>
/// <param name="Months">January to December.</param>
/// <param name="Seasons">Spring, summer, autumn and winter (EDTF 21–24), each with its name first and then other words readers search for it by.</param>
/// <param name="OrdinalSuffixes">The suffix of an ordinal number by how the number ends, the longest ending winning; "other" for the rest.</param>
public sealed record DateRules(
    ImmutableArray<string> Months,
    ImmutableArray<ImmutableArray<string>> Seasons,
    ImmutableArray<KeyValuePair<string, string>> OrdinalSuffixes,
    Template Day,
    Template Month,
    Template Season,
    Template Decade,
    Template Century,
    Template Approximate,
    Template Uncertain,
    Template OrLater,
    Template OrEarlier,
    Template EndUnknown,
    Template StartUnknown,
    Template Range,
    Template DaysInMonth,
    Template DaysInYear,
    Template MonthsInYear)
{
    /// <summary>The placeholders each text may use, by its key in the rules file, in the order the formatter passes them.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Names = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["day"] = ["day", "month", "year"],
        ["month"] = ["month", "year"],
        ["season"] = ["season", "year"],
        ["decade"] = ["year"],
        ["century"] = ["century", "suffix"],
        ["approximate"] = ["date"],
        ["uncertain"] = ["date"],
        ["or_later"] = ["date"],
        ["or_earlier"] = ["date"],
        ["end_unknown"] = ["date"],
        ["start_unknown"] = ["date"],
        ["range"] = ["start", "end"],
        ["days_in_month"] = ["start_day", "end_day", "month", "year"],
        ["days_in_year"] = ["start_day", "start_month", "end_day", "end_month", "year"],
        ["months_in_year"] = ["start_month", "end_month", "year"],
    };
}

/// <summary>How search turns text into terms, in the index (C#) and in the query (search.js) alike (docs/data.md).</summary>
/// <param name="StopWords">Words too common to help, dropped from the index and from queries.</param>
/// <param name="StripMarks">Whether combining marks are dropped (Arabic short vowels, an accent typed as a mark of its own); a precomposed letter such as é is for <paramref name="Fold"/>.</param>
/// <param name="JoinInitialisms">Whether "U.S." is one word, "us".</param>
/// <param name="DigitGroupSeparator">The character that groups thousands ("5,000" → "5000"), or empty for none.</param>
/// <param name="Fold">Letters searched as another (é as e, Arabic ة as ه), applied after lowercasing, each letter once; an empty replacement drops the letter.</param>
/// <param name="PluralEndings">Endings a query word loses so that a plural finds its singular, longest first; empty for none.</param>
/// <param name="PluralKeep">Endings that keep a word whole ("ss": class, "us": status).</param>
/// <param name="PluralMinStem">The fewest letters a cut word keeps; a shorter one stays whole.</param>
public sealed record SearchRules(
    ImmutableArray<string> StopWords,
    bool StripMarks,
    bool JoinInitialisms,
    string DigitGroupSeparator,
    ImmutableArray<KeyValuePair<string, string>> Fold,
    ImmutableArray<string> PluralEndings,
    ImmutableArray<string> PluralKeep,
    int PluralMinStem);
