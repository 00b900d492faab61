using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Yaml;
using StatiqSite.Theme.Strings;

namespace StatiqSite.Loading;

/// <summary>A site's strings file, <c>input/i18n/&lt;language&gt;.yml</c>, read but not yet checked.</summary>
public sealed record StringsFile(string Language, YamlValue? Root, Origin Origin);

/// <summary>
/// The strings of the site's language: the theme's English file defines every key and the placeholders each
/// may use; the theme's file for the language, then the site's, replace texts key by key. A key the English
/// file does not have, or a placeholder its default does not use, is an error at its line.
/// </summary>
public static class StringsLoader
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Reference = new(() =>
    {
        // The theme's own file is part of the build; a problem in it is a bug that tests catch, not input.
        var diagnostics = new DiagnosticBag();
        var origin = new Origin(ThemeStrings.DisplayPath(ThemeStrings.ReferenceLanguage), TextPosition.Start);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!YamlReader.TryRead(ThemeStrings.Read(ThemeStrings.ReferenceLanguage) ?? string.Empty, origin, diagnostics, out var root) || root is not YamlMap map)
        {
            throw new InvalidOperationException($"{origin.File} cannot be read");
        }

        Flatten(map, string.Empty, origin, diagnostics, (key, scalar) => texts[key] = scalar.Value);
        return diagnostics.HasErrors ? throw new InvalidOperationException($"{origin.File} holds something other than texts") : texts;
    });

    /// <summary>Every key, with the English default text: what a site may override.</summary>
    public static IReadOnlyDictionary<string, string> Defaults => Reference.Value;

    /// <returns>Null when a file has errors (they are reported).</returns>
    public static SiteStrings? Load(SiteSettings settings, IReadOnlyList<StringsFile> siteFiles, DiagnosticBag diagnostics)
    {
        string language = settings.Language;
        string primary = language.Split('-')[0];
        string[] tags = language == primary ? [language] : [language, primary];
        var texts = new Dictionary<string, string>(Reference.Value, StringComparer.Ordinal);
        int errors = diagnostics.ErrorCount;

        string? themeTag = tags.FirstOrDefault(t => t == ThemeStrings.ReferenceLanguage || ThemeStrings.Read(t) is not null);
        if (themeTag is not null && themeTag != ThemeStrings.ReferenceLanguage)
        {
            var origin = new Origin(ThemeStrings.DisplayPath(themeTag), TextPosition.Start);
            if (YamlReader.TryRead(ThemeStrings.Read(themeTag)!, origin, diagnostics, out var root))
            {
                Override(texts, root, origin, diagnostics);
            }
        }

        var siteFile = tags.Select(t => siteFiles.FirstOrDefault(f => f.Language == t)).FirstOrDefault(f => f is not null);
        if (siteFile is not null)
        {
            Override(texts, siteFile.Root, siteFile.Origin, diagnostics);
        }
        else if (themeTag is null)
        {
            diagnostics.Error(Codes.MissingLanguage, settings.Origin.At(settings.LanguageAt),
                $"there are no strings for the language '{language}': the theme has them for {ThemeStrings.ReferenceLanguage} only; " +
                $"add input/i18n/{language}.yml with the texts of theme/i18n/{ThemeStrings.ReferenceLanguage}.yml translated (see docs/theme.md, \"Strings\"), or set language: {ThemeStrings.ReferenceLanguage}");
        }

        return diagnostics.ErrorCount > errors ? null : new SiteStrings(new StringTable(texts));
    }

    private static void Override(Dictionary<string, string> texts, YamlValue? root, Origin file, DiagnosticBag diagnostics)
    {
        switch (root)
        {
            case null or YamlScalar { IsNull: true }:
                return;
            case YamlMap map:
                Flatten(map, string.Empty, file, diagnostics, (key, scalar) => Set(texts, key, scalar, file, diagnostics));
                return;
            default:
                diagnostics.Error(Codes.WrongType, file.At(root.At),
                    $"a strings file should be a mapping of keys to texts, such as 'nav:' with 'timeline: Timeline' under it, but it is {root.Describe()}");
                return;
        }
    }

    private static void Set(Dictionary<string, string> texts, string key, YamlScalar scalar, Origin file, DiagnosticBag diagnostics)
    {
        var reference = Reference.Value;
        if (!reference.TryGetValue(key, out string? standard))
        {
            string? near = Suggest.Nearest(key, Paths(reference.Keys));
            diagnostics.Error(Codes.UnknownString, file.At(scalar.At), reference.Keys.Any(k => k.StartsWith(key + ".", StringComparison.Ordinal))
                ? $"'{key}' is a group of strings, not one; give its texts under it ({string.Join(", ", Children(reference.Keys, key))})"
                : $"there is no string '{key}'{(near is null ? string.Empty : $" (did you mean '{near}'?)")}; the keys are those of theme/i18n/{ThemeStrings.ReferenceLanguage}.yml");
            return;
        }

        var allowed = Template.Placeholders(standard).ToHashSet(StringComparer.Ordinal);
        if (PluralGroup(key) is { } group)
        {
            // Either form of a count may say the number, and use what the other form uses.
            allowed.UnionWith(["count", "count_words"]);
            foreach (string form in (string[])["one", "other"])
            {
                allowed.UnionWith(Template.Placeholders(reference.GetValueOrDefault(group + form, string.Empty)));
            }
        }

        if (Content.Language.Template.Split(scalar.Value, out var braces) is not { } tokens)
        {
            diagnostics.Error(Codes.UnknownPlaceholder, file.At(scalar.At), $"'{key}': {braces.Message}");
            return;
        }

        foreach (string name in tokens.Where(t => t.Name is not null).Select(t => t.Name!).Distinct(StringComparer.Ordinal))
        {
            if (!allowed.Contains(name))
            {
                diagnostics.Error(Codes.UnknownPlaceholder, file.At(scalar.At), allowed.Count == 0
                    ? $"'{key}' has no placeholders, so {{{name}}} would be printed as it is; write the text without it"
                    : $"'{key}' cannot use {{{name}}}; it may use {string.Join(", ", allowed.Order(StringComparer.Ordinal).Select(a => "{" + a + "}"))}");
            }
        }

        texts[key] = scalar.Value;
    }

    /// <summary>Calls <paramref name="leaf"/> for each text with its dotted key; anything but text and groups is reported.</summary>
    private static void Flatten(YamlMap map, string prefix, Origin file, DiagnosticBag diagnostics, Action<string, YamlScalar> leaf)
    {
        foreach (var (keyNode, value) in map.Entries)
        {
            string key = prefix + keyNode.Value;
            switch (value)
            {
                case YamlMap group:
                    Flatten(group, key + ".", file, diagnostics, leaf);
                    break;
                case YamlScalar { IsNull: false } text:
                    leaf(key, text);
                    break;
                default:
                    diagnostics.Error(Codes.WrongType, file.At(value.At),
                        $"'{key}' should be a text (or a group of texts), but it is {value.Describe()}");
                    break;
            }
        }
    }

    /// <summary>"layout.footer_sources." for "layout.footer_sources.one": the group of a count's two forms.</summary>
    private static string? PluralGroup(string key) =>
        key.EndsWith(".one", StringComparison.Ordinal) ? key[..^3]
        : key.EndsWith(".other", StringComparison.Ordinal) ? key[..^5]
        : null;

    /// <summary>Every key and every group above one, for "did you mean".</summary>
    private static IEnumerable<string> Paths(IEnumerable<string> keys) =>
        keys.SelectMany(k => k.Split('.').Select((_, i) => string.Join('.', k.Split('.')[..(i + 1)]))).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Children(IEnumerable<string> keys, string group) =>
        keys.Where(k => k.StartsWith(group + ".", StringComparison.Ordinal)).Select(k => k[(group.Length + 1)..].Split('.')[0]).Distinct(StringComparer.Ordinal);
}
