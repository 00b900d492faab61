using System.Collections.Immutable;
using StatiqSite.Content.Language;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Loading.Readers;

/// <summary>
/// Reads a language rules file (<c>&lt;lang&gt;.rules.yml</c>). Over a fallback (the theme's file for the
/// same language) every key is optional and replaces the fallback's; without one every key is required.
/// </summary>
public static class LanguageRulesReader
{
    private static readonly string[] SeasonKeys = ["spring", "summer", "autumn", "winter"];

    public static LanguageRules? Read(Fields f, string tag, LanguageRules? fallback)
    {
        bool required = fallback is null;
        var direction = f.Choice<TextDirection>("direction", required, fallback?.Direction);
        var abbreviations = List(f, "abbreviations", fallback?.Abbreviations);
        var dates = Section(f, "dates", "dates section", d => Dates(d, fallback?.Dates), fallback?.Dates);
        var search = Section(f, "search", "search section", s => Search(s, fallback?.Search), fallback?.Search);
        return direction is { } dir && abbreviations is { } abbr && dates is not null && search is not null
            ? new LanguageRules(tag, dir, dates, search, abbr)
            : null;
    }

    private static DateRules? Dates(Fields f, DateRules? fallback)
    {
        bool required = fallback is null;
        var months = List(f, "months", fallback?.Months, count: 12);
        var seasons = Section(f, "seasons", "seasons mapping", s => Seasons(s), fallback is null ? null : new SeasonNames(fallback.Seasons))?.Names;
        var ordinals = Pairs(f, "ordinal_suffixes", fallback?.OrdinalSuffixes, required);
        Template? T(string key, Template? old) => Text(f, key, DateRules.Names[key], old);
        var t = new[]
        {
            T("day", fallback?.Day), T("month", fallback?.Month), T("season", fallback?.Season), T("decade", fallback?.Decade),
            T("century", fallback?.Century), T("approximate", fallback?.Approximate), T("uncertain", fallback?.Uncertain),
            T("or_later", fallback?.OrLater), T("or_earlier", fallback?.OrEarlier), T("end_unknown", fallback?.EndUnknown),
            T("start_unknown", fallback?.StartUnknown), T("range", fallback?.Range), T("days_in_month", fallback?.DaysInMonth),
            T("days_in_year", fallback?.DaysInYear), T("months_in_year", fallback?.MonthsInYear),
        };
        if (months is not { } m || seasons is not { } s || ordinals is not { } o || t.Any(x => x is null))
        {
            return null;
        }

        return new DateRules(m, s, o, t[0]!, t[1]!, t[2]!, t[3]!, t[4]!, t[5]!, t[6]!, t[7]!, t[8]!, t[9]!, t[10]!, t[11]!, t[12]!, t[13]!, t[14]!);
    }

    /// <summary>All four seasons, each a list whose first word is its name; a site replaces the four together.</summary>
    private static SeasonNames? Seasons(Fields f)
    {
        var seasons = SeasonKeys.Select(key => List(f, key, null, atLeast: 1)).ToList();
        return seasons.All(s => s is not null) ? new SeasonNames([.. seasons.Select(s => s!.Value)]) : null;
    }

    private sealed record SeasonNames(ImmutableArray<ImmutableArray<string>> Names);

    private static SearchRules? Search(Fields f, SearchRules? fallback)
    {
        bool required = fallback is null;
        var stop = List(f, "stop_words", fallback?.StopWords);
        bool? marks = Flag(f, "strip_marks", fallback?.StripMarks);
        bool? initialisms = Flag(f, "join_initialisms", fallback?.JoinInitialisms);
        string? separator = Separator(f, fallback?.DigitGroupSeparator);
        var fold = Pairs(f, "fold", fallback?.Fold, required);
        var plural = Section(f, "plural", "plural section", p => Plural(p, fallback), fallback is null ? null : new PluralRule(fallback.PluralEndings, fallback.PluralKeep, fallback.PluralMinStem));
        if (stop is not { } s || marks is not { } a || initialisms is not { } i || separator is null || fold is not { } fo || plural is null)
        {
            return null;
        }

        return new SearchRules(s, a, i, separator, fo, plural.Endings, plural.Keep, plural.MinStem);
    }

    private sealed record PluralRule(ImmutableArray<string> Endings, ImmutableArray<string> Keep, int MinStem);

    private static PluralRule? Plural(Fields f, SearchRules? fallback)
    {
        var endings = List(f, "endings", fallback?.PluralEndings);
        var keep = List(f, "keep", fallback?.PluralKeep);
        int? min = f.Integer("min_stem", fallback is null, min: 1, max: 40) ?? fallback?.PluralMinStem;
        return endings is { } e && keep is { } k && min is { } m ? new PluralRule([.. e.OrderByDescending(x => x.Length)], k, m) : null;
    }

    /// <summary>A nested mapping read as a whole, or the fallback's value when the key is absent.</summary>
    private static T? Section<T>(Fields f, string key, string what, Func<Fields, T?> read, T? fallback)
        where T : class
    {
        if (f.Raw(key) is null)
        {
            if (fallback is null)
            {
                f.Error(Codes.MissingField, f.At, $"these language rules have no '{key}'; a language the theme does not ship needs every rule (see docs/theme.md, \"Languages\")");
            }

            return fallback;
        }

        Holder<T>? result = f.Record(key, what, s => new Holder<T>(read(s)));
        return result is null ? fallback : result.Value;
    }

    private sealed record Holder<T>(T? Value)
        where T : class;

    private static ImmutableArray<string>? List(Fields f, string key, ImmutableArray<string>? fallback, int? count = null, int atLeast = 0)
    {
        var raw = f.Raw(key);
        if (raw is null)
        {
            if (fallback is null)
            {
                f.Error(Codes.MissingField, f.At, $"these language rules have no '{key}'; add '{key}: [...]'");
            }

            return fallback;
        }

        var items = f.TextList(key);
        if ((count is { } n && items.Length != n) || items.Length < atLeast)
        {
            string expected = count is { } c ? $"exactly {c}" : $"at least {atLeast}";
            f.Error(Codes.InvalidValue, raw.At, $"'{key}' should have {expected} items, but it has {items.Length}");
            return null;
        }

        return items;
    }

    private static bool? Flag(Fields f, string key, bool? fallback)
    {
        if (f.Raw(key) is null)
        {
            if (fallback is null)
            {
                f.Error(Codes.MissingField, f.At, $"these language rules have no '{key}'; add '{key}: true' or '{key}: false'");
            }

            return fallback;
        }

        return f.Bool(key);
    }

    private static string? Separator(Fields f, string? fallback)
    {
        const string key = "digit_group_separator";
        if (f.Raw(key) is not YamlScalar s)
        {
            return Text(f, key, fallback);
        }

        string value = s.IsNull ? string.Empty : s.Value;
        if (value.Length > 1 || (value.Length == 1 && char.IsLetterOrDigit(value[0])))
        {
            f.Error(Codes.InvalidValue, s.At, $"'{key}' should be one character that is not a letter or digit (such as ',' or ' '), or empty for none, but it is '{Fields.Show(value)}'");
            return null;
        }

        return value;
    }

    private static string? Text(Fields f, string key, string? fallback) =>
        f.Text(key) ?? fallback ?? Missing<string>(f, key);

    private static T? Missing<T>(Fields f, string key)
        where T : class
    {
        f.Error(Codes.MissingField, f.At, $"these language rules have no '{key}'; add '{key}: ...'");
        return null;
    }

    private static Template? Text(Fields f, string key, string[] names, Template? fallback)
    {
        if (f.Raw(key) is not YamlScalar { IsNull: false } s)
        {
            return f.Text(key) is null && fallback is null ? Missing<Template>(f, key) : fallback;
        }

        var template = Template.Parse(s.Value, names, out var error);
        if (template is null)
        {
            int column = s.At.Column + error.Offset + (s.IsPlain ? 0 : 1);
            f.Error(Codes.InvalidTemplate, s.At with { Column = column }, $"'{key}': {error.Message}");
        }

        return template;
    }

    /// <summary>A mapping of text to text, in file order; an empty mapping is a value of its own.</summary>
    private static ImmutableArray<KeyValuePair<string, string>>? Pairs(Fields f, string key, ImmutableArray<KeyValuePair<string, string>>? fallback, bool required)
    {
        switch (f.Raw(key))
        {
            case null:
                if (required)
                {
                    f.Error(Codes.MissingField, f.At, $"these language rules have no '{key}'; add '{key}: {{}}' if there is nothing to say");
                }

                return fallback;
            case YamlMap map:
                var pairs = ImmutableArray.CreateBuilder<KeyValuePair<string, string>>();
                foreach (var (k, v) in map.Entries)
                {
                    if (v is YamlScalar value)
                    {
                        pairs.Add(new(k.Value, value.IsNull ? string.Empty : value.Value));
                    }
                    else
                    {
                        f.Error(Codes.WrongType, v.At, $"each value of '{key}' should be text, but this one is {v.Describe()}");
                    }
                }

                return pairs.ToImmutable();
            case var other:
                f.Error(Codes.WrongType, other.At, $"'{key}' should be a mapping (key: value), but it is {other.Describe()}");
                return null;
        }
    }
}
