using System.Collections.Concurrent;
using StatiqSite.Content.Language;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Readers;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Loading;

/// <summary>A site's <c>input/i18n/&lt;lang&gt;.rules.yml</c>, parsed but not yet read over the theme's rules.</summary>
public sealed record LanguageRulesFile(string Tag, YamlValue? Root, Origin Origin, string Text);

/// <summary>
/// Chooses the rules of the site's language: the theme's file for the tag (or its primary language,
/// "en" for "en-GB"), with the site's own file for the tag read over it key by key. A language that
/// neither the theme nor the site has rules for is an error at site.yml's <c>language</c>.
/// </summary>
public static class LanguageLoader
{
    /// <summary>The languages whose rules ship inside the generator (theme/i18n/, embedded in the theme assembly).</summary>
    public static readonly IReadOnlyList<string> ThemeLanguages = ["en"];

    private static readonly ConcurrentDictionary<string, (LanguageRules Rules, string Text)?> Theme = new(StringComparer.Ordinal);

    public static LanguageRules? Resolve(SiteSettings settings, IReadOnlyList<LanguageRulesFile> files, DiagnosticBag diagnostics)
    {
        string tag = settings.Language;
        string primary = tag.Split('-')[0];
        var theme = ThemeRules(tag) ?? ThemeRules(primary);
        var own = files.FirstOrDefault(f => f.Tag == tag) ?? files.FirstOrDefault(f => f.Tag == primary);
        if (theme is null && own is null)
        {
            diagnostics.Error(Codes.MissingLanguage, settings.Origin.At(settings.LanguageAt),
                $"the theme has no rules for the language '{tag}' (it ships {string.Join(", ", ThemeLanguages)}); add input/i18n/{tag}.rules.yml "
                + $"with its dates, search and sentence rules and input/i18n/{tag}.yml with its strings, or choose one of {string.Join(", ", ThemeLanguages)} (see docs/theme.md, \"Languages\")");
            return null;
        }

        if (own is null)
        {
            return theme!.Value.Rules with { Tag = tag };
        }

        if (Fields.Of(own.Root, own.Origin, diagnostics, "language rules") is not { } fields)
        {
            return null;
        }

        var rules = LanguageRulesReader.Read(fields, tag, theme?.Rules);
        fields.Finish();
        return rules is null ? null : rules with { Signature = (theme?.Text ?? string.Empty) + "\n" + own.Text };
    }

    /// <summary>The theme's rules for a language, or null when the theme has no file for it.</summary>
    public static LanguageRules? Default(string tag) => ThemeRules(tag)?.Rules;

    private static (LanguageRules Rules, string Text)? ThemeRules(string tag) => Theme.GetOrAdd(tag, static tag =>
    {
        using var stream = typeof(StatiqSite.Theme.PageContext).Assembly.GetManifestResourceStream($"i18n/{tag}.rules.yml");
        if (stream is null)
        {
            return null;
        }

        string text = new StreamReader(stream).ReadToEnd();
        var origin = new Origin($"theme/i18n/{tag}.rules.yml", TextPosition.Start);
        var diagnostics = new DiagnosticBag();
        var rules = YamlReader.TryRead(text, origin, diagnostics, out var root) && Fields.Of(root, origin, diagnostics, "language rules") is { } fields
            ? Finish(fields, LanguageRulesReader.Read(fields, tag, null))
            : null;

        // The theme's files are part of the generator: a mistake in one is a bug, which tests catch.
        var problems = diagnostics.ToSortedList();
        return rules is null || problems.Count > 0
            ? throw new InvalidOperationException($"theme/i18n/{tag}.rules.yml is invalid: {string.Join("; ", problems)}")
            : (rules with { Signature = text }, text);
    });

    private static LanguageRules? Finish(Fields fields, LanguageRules? rules)
    {
        fields.Finish();
        return rules;
    }
}
