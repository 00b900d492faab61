using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using StatiqSite.Content.Language;
using StatiqSite.Discovery.Data;
using StatiqSite.Text;

namespace StatiqSite.Discovery.Search;

/// <summary>
/// How text becomes search terms, by the rules of the site's language (<see cref="SearchRules"/>).
/// theme/assets/search.js applies the same steps to a query, reading the rules from the manifest, so each
/// step here has its twin there: lowercase, drop combining marks, fold letters, join "U.S." into "us" and "5,000"
/// into "5000", keep ISO dates (2020-01-03) whole, split the rest at anything not a letter or digit, and
/// drop single letters and the stop words.
/// </summary>
public sealed partial class SearchText
{
    private const string InitialismPattern = @"(^|[^\p{L}\p{N}])(\p{L})\.(\p{L})\.";

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stopLookup;
    private readonly Regex? thousands;
    private readonly char separator;
    private readonly List<(Regex Pattern, string Replacement)> folds = [];
    private readonly SearchValues<char> foldStarts;

    public SearchText(SearchRules rules)
    {
        Rules = rules;
        var replacements = new List<(string, string)>();

        // Letters folded to the same replacement share one pattern, a character class: fewer patterns for the
        // script to run on every word it highlights.
        foreach (var group in rules.Fold.GroupBy(f => (Single: f.Key.Length == 1, f.Value), f => f.Key))
        {
            var patterns = group.Key.Single ? ["[" + string.Concat(group.Select(Literal)) + "]"] : group.Select(Literal);
            foreach (string pattern in patterns)
            {
                string replacement = group.Key.Value.Replace("$", "$$", StringComparison.Ordinal);
                folds.Add((new Regex(pattern, RegexOptions.CultureInvariant), replacement));
                replacements.Add((pattern, replacement));
            }
        }

        foldStarts = SearchValues.Create(string.Concat(rules.Fold.Select(f => f.Key[0])));
        if (rules.JoinInitialisms)
        {
            replacements.Add((InitialismPattern, "$1$2$3"));
        }

        if (rules.DigitGroupSeparator.Length == 1)
        {
            separator = rules.DigitGroupSeparator[0];
            string pattern = "([0-9])" + Literal(rules.DigitGroupSeparator) + "(?=[0-9]{3}(?![0-9]))";
            thousands = new Regex(pattern, RegexOptions.CultureInvariant);
            replacements.Add((pattern, "$1"));
        }

        Replacements = replacements;

        // Stop words are compared with normalized words, so they are normalized by the same rules.
        StopWords = [.. rules.StopWords.Select(Normalize).Distinct(StringComparer.Ordinal)];
        stopLookup = new HashSet<string>(StopWords, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        string keep = rules.PluralKeep.IsEmpty ? string.Empty : $"(?!.*(?:{string.Join('|', rules.PluralKeep.Select(Literal))})$)";
        PluralPattern = rules.PluralEndings.IsEmpty ? "(?!)" : $"^{keep}(.*?)(?:{string.Join('|', rules.PluralEndings.Select(Literal))})$";
        Signature = Encoding.UTF8.GetString(SearchJson.Write(w =>
        {
            w.WriteStartObject();
            WriteRules(w);
            w.WriteEndObject();
        }));
    }

    public SearchRules Rules { get; }

    /// <summary>The rules as the manifest carries them; equal signatures tokenize alike, so preview may keep its terms.</summary>
    public string Signature { get; }

    /// <summary>Words too common to help, normalized; the script drops them from queries too.</summary>
    public IReadOnlyList<string> StopWords { get; }

    public const int MaxTermLength = 40;

    private static readonly SearchValues<char> AsciiWord = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly SearchValues<char> AsciiNonWord = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterOrDigit(c))));

    /// <summary>
    /// The replacements made after lowercasing and stripping accents, in order, as regular expressions that
    /// mean the same in .NET and in JavaScript (with the u flag): the script applies these very patterns,
    /// so the two cannot drift apart. <see cref="Normalize"/> makes the same replacements by a faster road.
    /// </summary>
    public IReadOnlyList<(string Pattern, string Replacement)> Replacements { get; }

    /// <summary>The script's plural rule as one pattern: what it keeps of a word is group 1 (docs/data.md).</summary>
    public string PluralPattern { get; }

    /// <summary>Writes the rules the script needs as properties of the manifest (docs/data.md lists them).</summary>
    public void WriteRules(Utf8JsonWriter w)
    {
        DataJson.Strings(w, "stop", StopWords);
        w.WriteBoolean("marks", Rules.StripMarks);
        w.WriteStartArray("replace");
        foreach (var (pattern, replacement) in Replacements)
        {
            w.WriteStartArray();
            w.WriteStringValue(pattern);
            w.WriteStringValue(replacement);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteStartArray("plural");
        w.WriteStringValue(PluralPattern);
        w.WriteNumberValue(Rules.PluralMinStem);
        w.WriteEndArray();
    }

    /// <summary>Text as a pattern that matches it literally: letters and digits as they are, anything else as \uXXXX, which both engines read alike.</summary>
    private static string Literal(string text) => string.Concat(text.Select(c => char.IsLetterOrDigit(c)
        ? c.ToString()
        : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture)));

    public string Normalize(string text)
    {
        string lower;
        if (Ascii.IsValid(text))
        {
            // The vectorised ASCII lowering; string.ToLowerInvariant goes character by character.
            lower = text.AsSpan().ContainsAny(CharRanges.AsciiUpper)
                ? string.Create(text.Length, text, static (target, source) => Ascii.ToLower(source, target, out _))
                : text;
        }
        else
        {
            // No Unicode decomposition: the generator runs without ICU (InvariantGlobalization), and the
            // script must do the same as here, so precomposed letters (é) are the rules' fold to undo.
            lower = Rules.StripMarks ? StripMarks(text.ToLowerInvariant()) : text.ToLowerInvariant();
        }

        if (folds.Count > 0 && lower.AsSpan().ContainsAny(foldStarts))
        {
            foreach (var (pattern, replacement) in folds)
            {
                lower = pattern.Replace(lower, replacement);
            }
        }

        // Most texts have full stops and commas but neither initialisms nor grouped digits: the regular
        // expressions run only where their pattern's punctuation is in place.
        if (Rules.JoinInitialisms && HasAround(lower, '.', static (s, i) => i + 2 < s.Length && s[i + 2] == '.'))
        {
            lower = Initialism().Replace(lower, "$1$2$3");
        }

        return thousands is not null && HasAround(lower, separator, static (s, i) => i > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 1]))
            ? thousands.Replace(lower, "$1")
            : lower;
    }

    private static bool HasAround(string s, char c, Func<string, int, bool> around)
    {
        for (int i = s.IndexOf(c, StringComparison.Ordinal); i >= 0; i = s.IndexOf(c, i + 1))
        {
            if (around(s, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The terms of a text, in order, repeats included.</summary>
    public IEnumerable<string> Terms(string text)
    {
        var terms = new List<string>();
        AddTerms(text, terms);
        return terms;
    }

    /// <summary>Adds the terms of a text to a list.</summary>
    public void AddTerms(string text, List<string> terms)
    {
        string s = Normalize(text);
        int i = 0;
        while (NextTerm(s, ref i, out var term))
        {
            terms.Add(term.ToString());
        }
    }

    /// <summary>
    /// Finds the next term of a text already passed through <see cref="Normalize"/>, from position
    /// <paramref name="i"/>, and moves past it; false at the end. Written out by hand rather than as a
    /// regular expression, and without allocating, because the index tokenizes every word of every page;
    /// the rule is the script's TOKEN pattern.
    /// </summary>
    public bool NextTerm(string s, ref int i, out ReadOnlySpan<char> term)
    {
        while (NextWord(s, ref i, out term))
        {
            if (IsTerm(term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Like <see cref="NextTerm"/>, but keeps every word: single letters, stop words and overlong words too.</summary>
    public static bool NextWord(string s, ref int i, out ReadOnlySpan<char> word)
    {
        while (i < s.Length)
        {
            // ASCII punctuation and spaces are skipped a vector at a time; anything else is looked at.
            int skip = s.AsSpan(i).IndexOfAnyExcept(AsciiNonWord);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            if (!IsWordChar(s, i))
            {
                i++;
                continue;
            }

            int start = i;
            int isoLength = IsoDateLength(s, i);
            if (isoLength > 0)
            {
                i += isoLength;
            }
            else
            {
                while (i < s.Length)
                {
                    int run = s.AsSpan(i).IndexOfAnyExcept(AsciiWord);
                    if (run < 0)
                    {
                        i = s.Length;
                        break;
                    }

                    i += run;
                    if (!IsWordChar(s, i))
                    {
                        break;
                    }

                    i += char.IsSurrogatePair(s, i) ? 2 : 1;
                }
            }

            word = s.AsSpan(start, i - start);
            return true;
        }

        i = s.Length;
        word = default;
        return false;
    }

    public bool IsTerm(string term) => IsTerm(term.AsSpan());

    public bool IsTerm(ReadOnlySpan<char> term) => HasTermLength(term) && !stopLookup.Contains(term);

    /// <summary>At most <see cref="MaxTermLength"/> characters, and not a single letter (a single digit is a term).</summary>
    public static bool HasTermLength(ReadOnlySpan<char> word) =>
        word.Length <= MaxTermLength && (word.Length >= 2 || char.IsAsciiDigit(word[0]));

    /// <summary>A letter or number in Unicode's sense (\p{L}, \p{N}), as the script's pattern has it.</summary>
    private static bool IsWordChar(string s, int i)
    {
        char c = s[i];
        if (char.IsAsciiLetterOrDigit(c))
        {
            return true;
        }

        if (c < 128)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(s, i);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>The length of an ISO date (2020-01 or 2020-01-03) starting at <paramref name="i"/>, or 0.</summary>
    private static int IsoDateLength(string s, int i)
    {
        if (!Digits(s, i, 4) || !At(s, i + 4, '-') || !Digits(s, i + 5, 2))
        {
            return 0;
        }

        return At(s, i + 7, '-') && Digits(s, i + 8, 2) ? 10 : 7;
    }

    private static bool Digits(string s, int i, int n)
    {
        if (i + n > s.Length)
        {
            return false;
        }

        for (int k = i; k < i + n; k++)
        {
            if (!char.IsAsciiDigit(s[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool At(string s, int i, char c) => i < s.Length && s[i] == c;

    private static string StripMarks(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(InitialismPattern)]
    private static partial Regex Initialism();
}
