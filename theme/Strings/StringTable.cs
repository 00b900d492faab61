using System.Collections.Frozen;
using System.Globalization;

namespace StatiqSite.Theme.Strings;

/// <summary>
/// The merged strings of one language (the theme's defaults with the site's overrides over them), keyed by
/// their dotted path ("nav.timeline"). Only the typed groups of <see cref="SiteStrings"/> read it, once,
/// when they are made; which keys they read is kept, so that a test can hold the defaults to the code.
/// </summary>
public sealed class StringTable(IReadOnlyDictionary<string, string> values)
{
    private readonly FrozenDictionary<string, string> values = values.ToFrozenDictionary(StringComparer.Ordinal);
    private readonly HashSet<string> read = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Keys => values.Keys;

    /// <summary>Every key and text, for a fingerprint; reading them here does not count as use.</summary>
    public IEnumerable<KeyValuePair<string, string>> Entries => values;

    /// <summary>The keys the groups asked for.</summary>
    public IReadOnlyCollection<string> Read => read;

    /// <summary>A fixed text.</summary>
    public string Text(string key)
    {
        read.Add(key);
        return values.TryGetValue(key, out string? text)
            ? text
            : throw new InvalidOperationException($"the strings have no '{key}'; add it to theme/i18n/en.yml");
    }

    /// <summary>A text with placeholders; the theme's default must use only <paramref name="names"/>.</summary>
    public Template Template(string key, params string[] names)
    {
        string text = Text(key);
        foreach (string name in Strings.Template.Placeholders(text))
        {
            if (!names.Contains(name, StringComparer.Ordinal))
            {
                throw new InvalidOperationException($"'{key}' uses {{{name}}}, which its method does not fill; it fills {string.Join(", ", names.Select(n => "{" + n + "}"))}");
            }
        }

        return Strings.Template.Parse(text);
    }

    /// <summary>A count with its noun: <c>key.one</c> ("{count} event") and <c>key.other</c> ("{count} events").</summary>
    public Plural Plural(string key, params string[] names)
    {
        var words = Text("numbers.words").Split(',', StringSplitOptions.TrimEntries);
        string[] all = ["count", "count_words", .. names];
        return new(Template(key + ".one", all), Template(key + ".other", all), words);
    }
}

/// <summary>A number with the noun it counts, in the singular for one and the plural otherwise.</summary>
public sealed class Plural(Template one, Template other, string[] words)
{
    public string Of(int count) => For(count).Fill();

    /// <summary>The form for <paramref name="count"/> with the number filled in, for texts with other placeholders.</summary>
    public Template For(int count)
    {
        string digits = count.ToString(CultureInfo.InvariantCulture);
        return (count == 1 ? one : other).With(("count", digits), ("count_words", count >= 0 && count < words.Length ? words[count] : digits));
    }
}
