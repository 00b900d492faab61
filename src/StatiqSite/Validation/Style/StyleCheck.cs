using System.Text.RegularExpressions;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading;
using StatiqSite.Loading.Readers;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Validation.Style;

/// <summary>
/// The house-style pass of <c>check</c>, in the spirit of Vale: every prose field and body is held to
/// the rules of <c>input/style.yml</c>, and each finding is a warning at its file, line and column with
/// the replacement to write. Text inside typographic quotation marks is someone else's words, so word,
/// phrase and pattern rules leave it alone.
/// </summary>
public static partial class StyleCheck
{
    /// <param name="languageAbbreviations">The language's abbreviations; style.yml may add the house's own.</param>
    public static void Run(LoadedContent content, IEnumerable<string> languageAbbreviations, DiagnosticBag diagnostics)
    {
        if (content.Style is not { } rules)
        {
            return;
        }

        var proseFields = new HashSet<string>(rules.ProseFields, StringComparer.Ordinal);
        var abbreviations = new HashSet<string>(rules.Abbreviations.Concat(languageAbbreviations), StringComparer.Ordinal);
        var ids = IdPattern(content);
        foreach (var file in content.Files.Where(f => f.Kind != InputKind.Style))
        {
            var quiet = new DiagnosticBag();
            string? text = TextFile.Read(file.FullPath, file.Origin, quiet);
            if (text is null)
            {
                continue;
            }

            foreach (var prose in Prose(file, text, proseFields, quiet))
            {
                foreach (var rule in rules.Rules.Where(r => r.AppliesTo(prose.Field)))
                {
                    try
                    {
                        Apply(rule, prose, file.Origin, ids, abbreviations, diagnostics);
                    }
                    catch (RegexMatchTimeoutException)
                    {
                        diagnostics.Error(Codes.InvalidValue, rule.Origin, "this rule's pattern took over a second on one text; simplify it (avoid nested repetition such as (a+)+)");
                        return;
                    }
                }
            }
        }
    }

    /// <summary>The prose of one file; problems reading it were reported when the content was loaded.</summary>
    private static IEnumerable<ProseText> Prose(InputFile file, string text, IReadOnlySet<string> proseFields, DiagnosticBag quiet)
    {
        string[] lines = text.Split('\n');
        if (file.Kind is not (InputKind.Briefing or InputKind.Explainer or InputKind.Page))
        {
            return YamlReader.TryRead(text, file.Origin, quiet, out var root) ? ProseText.FromYaml(root, lines, proseFields) : [];
        }

        var split = FrontMatter.Split(text, file.Origin, quiet);
        if (split is null || !YamlReader.TryRead(split.Yaml, file.Origin, quiet, out var front, FrontMatter.YamlLineOffset))
        {
            return [];
        }

        return ProseText.FromYaml(front, lines, proseFields).Concat(ProseText.FromMarkdown(lines, split.BodyLine));
    }

    private static void Apply(StyleRule rule, ProseText prose, Origin file, Regex? ids, HashSet<string> abbreviations, DiagnosticBag diagnostics)
    {
        string text = prose.Text;
        void Warn(int offset, string message) => diagnostics.Warning(rule.Code, file.At(prose.PositionOf(offset)), message);
        switch (rule.Kind)
        {
            case StyleRuleKind.Replace or StyleRuleKind.Avoid or StyleRuleKind.Pattern:
                var quoted = Quoted(text);
                foreach (Match m in rule.Find!.Matches(text))
                {
                    if (m.Length == 0 || quoted.Any(q => m.Index >= q.Start && m.Index < q.End))
                    {
                        continue;
                    }

                    string? instead = rule.Kind switch
                    {
                        StyleRuleKind.Replace => MatchCase(m.Value, rule.Replacements[m.Value]),
                        StyleRuleKind.Pattern when rule.Suggest is not null => m.Result(rule.Suggest),
                        _ => rule.Suggest,
                    };
                    Warn(m.Index, instead is null ? $"'{m.Value}': {rule.Message}" : $"'{m.Value}': {rule.Message}; write '{instead}'");
                }

                break;
            case StyleRuleKind.Quotes:
                for (int i = text.IndexOfAny(['\'', '"']); i >= 0; i = text.IndexOfAny(['\'', '"'], i + 1))
                {
                    Warn(i, $"straight {(text[i] == '"' ? "quotation mark" : "apostrophe")}: {rule.Message}; write '{Typographic(text, i)}'");
                }

                break;
            case StyleRuleKind.Ids when ids is not null:
                foreach (Match m in ids.Matches(text))
                {
                    Warn(m.Index, $"'{m.Value}' is an internal id: {rule.Message}");
                }

                break;
            case StyleRuleKind.SentenceLength:
                foreach (var (start, words) in Sentences(text, abbreviations).Where(s => s.Words > rule.Max))
                {
                    Warn(start, $"this sentence has {words} words, over {rule.Max}: {rule.Message}");
                }

                break;
        }
    }

    /// <summary>The ids readers must never see: those with a hyphen, since single words ("iraq") are also prose.</summary>
    private static Regex? IdPattern(LoadedContent content)
    {
        var ids = content.Sources.Select(s => s.Id).Concat(content.Actors.Select(a => a.Id)).Concat(content.Events.Select(e => e.Id))
            .Concat(content.Figures.Select(f => f.Id)).Where(id => id.Contains('-', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).OrderByDescending(id => id.Length).ThenBy(id => id, StringComparer.Ordinal).ToList();
        return ids.Count == 0 ? null : new Regex($@"(?<![\w-])(?:{string.Join('|', ids.Select(Regex.Escape))})(?![\w-])", RegexOptions.CultureInvariant);
    }

    /// <summary>The spans between typographic quotation marks.</summary>
    private static List<(int Start, int End)> Quoted(string text)
    {
        var spans = new List<(int, int)>();
        for (int open = text.IndexOf('“'); open >= 0; open = text.IndexOf('“', open + 1))
        {
            int close = text.IndexOf('”', open + 1);
            if (close < 0)
            {
                break;
            }

            spans.Add((open, close));
            open = close;
        }

        return spans;
    }

    /// <summary>An opening mark after a space or bracket (or at the start), else a closing one or an apostrophe.</summary>
    private static char Typographic(string text, int i)
    {
        bool opening = i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or '“';
        return text[i] == '"' ? (opening ? '“' : '”') : (opening && i + 1 < text.Length && char.IsLetter(text[i + 1]) ? '‘' : '’');
    }

    private static string MatchCase(string found, string replacement) =>
        found.Length > 0 && char.IsUpper(found[0]) && replacement.Length > 0 ? char.ToUpperInvariant(replacement[0]) + replacement[1..] : replacement;

    /// <summary>Each sentence's start and number of words. A period after a listed abbreviation or an initialism (U.S.) does not end one.</summary>
    private static IEnumerable<(int Start, int Words)> Sentences(string text, HashSet<string> abbreviations)
    {
        int start = -1;
        int words = 0;
        foreach (Match token in Token().Matches(text))
        {
            if (start < 0)
            {
                start = token.Index;
            }

            string word = token.Value.Trim('“', '”', '‘', '’', '(', ')', '[', ']', '"', '\'', '*', '_');
            if (word.Any(char.IsLetterOrDigit))
            {
                words++;
            }

            if (word.Length > 0 && word[^1] is '.' or '!' or '?' && !abbreviations.Contains(word) && !Initialism().IsMatch(word))
            {
                yield return (start, words);
                start = -1;
                words = 0;
            }
        }

        if (start >= 0)
        {
            yield return (start, words);
        }
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    [GeneratedRegex(@"^(?:[A-Z]\.)+$")]
    private static partial Regex Initialism();
}
