using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Loading.Readers;

/// <summary>The kinds of house-style rule; each reports under its own code.</summary>
public enum StyleRuleKind
{
    /// <summary>A word or phrase with the one to write instead (spelling, abbreviations).</summary>
    Replace,

    /// <summary>A word or phrase not to write, with an optional suggestion.</summary>
    Avoid,

    /// <summary>A regular expression, with a replacement that may use its groups (date formats).</summary>
    Pattern,

    /// <summary>Straight quotes and apostrophes where typographic ones belong.</summary>
    Quotes,

    /// <summary>A source, actor, event or figure id written in prose instead of linked.</summary>
    Ids,

    /// <summary>A sentence over <see cref="StyleRule.Max"/> words.</summary>
    SentenceLength,
}

/// <param name="Find">What the rule looks for (Replace, Avoid, Pattern); null for the other kinds.</param>
/// <param name="Replacements">For Replace: each phrase found (lowercase) and what to write instead.</param>
/// <param name="Fields">The prose fields the rule applies to ("body" for Markdown bodies); empty for all.</param>
public sealed record StyleRule(StyleRuleKind Kind, string Message, Regex? Find, string? Suggest, IReadOnlyDictionary<string, string> Replacements, int Max, ImmutableArray<string> Fields, Origin Origin)
{
    public bool AppliesTo(string field) => Fields.IsEmpty || Fields.Contains(field, StringComparer.Ordinal);

    public string Code => Kind switch
    {
        StyleRuleKind.Replace => Codes.StyleReplace,
        StyleRuleKind.Avoid => Codes.StyleAvoid,
        StyleRuleKind.Pattern => Codes.StylePattern,
        StyleRuleKind.Quotes => Codes.StyleQuotes,
        StyleRuleKind.Ids => Codes.StyleInternalId,
        _ => Codes.StyleSentenceLength,
    };
}

/// <summary>
/// The house style of <c>input/style.yml</c>: which fields are prose, which abbreviations do not end a
/// sentence, and the rules. Rules are data, so that a maintainer adds one without touching C#.
/// </summary>
public sealed record StyleRules(ImmutableArray<string> ProseFields, ImmutableArray<string> Abbreviations, ImmutableArray<StyleRule> Rules, Origin Origin)
{
    // A maintainer's pattern runs over every prose field; one that backtracks without end must not hang `check`.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public static StyleRules? Read(YamlValue? root, Origin file, DiagnosticBag diagnostics)
    {
        var f = Fields.Of(root, file, diagnostics, "style file");
        if (f is null)
        {
            return null;
        }

        if (f.Raw("prose_fields") is null)
        {
            f.Error(Codes.MissingField, f.At, "the style file needs 'prose_fields': the YAML fields whose values are prose, such as [title, summary, notes]");
        }

        var proseFields = f.TextList("prose_fields");
        var abbreviations = f.TextList("abbreviations");
        var rules = f.Records("rules", "rule", Rule, required: true);
        f.Finish();
        return new StyleRules(proseFields, abbreviations, rules, f.Origin);
    }

    private static StyleRule? Rule(Fields f)
    {
        var kind = f.Choice<StyleRuleKind>("kind", required: true);
        string? message = f.Text("message", required: true);
        string? suggest = f.Text("suggest");
        int max = f.Integer("max", required: kind == StyleRuleKind.SentenceLength, min: 1) ?? 0;
        var fields = f.TextList("fields");
        Regex? find = null;
        var replacements = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        switch (kind)
        {
            case StyleRuleKind.Replace:
                find = Words(f, "words", replacements);
                break;
            case StyleRuleKind.Avoid:
                find = Words(f, "words", replacements);
                break;
            case StyleRuleKind.Pattern:
                find = Pattern(f);
                break;
        }

        f.Finish();
        if (kind is null || message is null || (kind is StyleRuleKind.Replace or StyleRuleKind.Avoid or StyleRuleKind.Pattern && find is null))
        {
            return null;
        }

        return new StyleRule(kind.Value, message, find, suggest, replacements, max, fields, f.Origin);
    }

    /// <summary>
    /// Whole words or phrases, matched without regard to case: a list (avoid) or a mapping from each to
    /// its replacement (replace). Written as plain text, so a maintainer needs no regular expressions.
    /// </summary>
    private static Regex? Words(Fields f, string key, Dictionary<string, string> replacements)
    {
        var words = new List<string>();
        switch (f.Raw(key))
        {
            case YamlList list:
                foreach (var item in list.Items.OfType<YamlScalar>().Where(s => !s.IsNull))
                {
                    words.Add(item.Value);
                }

                break;
            case YamlMap map:
                foreach (var (word, replacement) in map.Entries)
                {
                    words.Add(word.Value);
                    replacements[word.Value] = replacement is YamlScalar s ? s.Value : string.Empty;
                }

                break;
            default:
                f.Error(Codes.MissingField, f.At, $"this rule needs '{key}': a list of words, or for 'replace' a mapping from each word to its replacement");
                return null;
        }

        if (words.Count == 0)
        {
            f.Error(Codes.MissingField, f.Raw(key)!.At, $"'{key}' is empty; list at least one word");
            return null;
        }

        string alternatives = string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
    }

    private static Regex? Pattern(Fields f)
    {
        string? pattern = f.Text("pattern", required: true);
        if (pattern is null)
        {
            return null;
        }

        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            f.Error(Codes.InvalidValue, f.Raw("pattern")!.At, $"'pattern' is not a valid .NET regular expression ({e.Message}); fix it or quote it with single quotes");
            return null;
        }
    }
}
