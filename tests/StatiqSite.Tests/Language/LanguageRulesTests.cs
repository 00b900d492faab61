using StatiqSite.Diagnostics;
using StatiqSite.Loading;
using StatiqSite.Markup;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Language;

/// <summary>The theme's language rules, a site's file read over them key by key, and the mistakes a site can make in one.</summary>
public class LanguageRulesTests
{
    private static async Task<IReadOnlyList<Diagnostic>> CheckAsync(FixtureSite site) => (await site.BuildAsync(checkOnly: true)).Diagnostics;

    /// <summary>The one diagnostic of a code that checking the site gives, at the file, line and column expected.</summary>
    private static async Task<Diagnostic> OneAsync(FixtureSite site, string code, string file, int line, int column)
    {
        var found = Assert.Single(await CheckAsync(site), d => d.Code == code);
        Assert.EndsWith(file, found.File, StringComparison.Ordinal);
        Assert.Equal((line, column), (found.Line, found.Column));
        return found;
    }

    private static FixtureSite InLanguage(string tag)
    {
        var site = new FixtureSite();
        site.Write("site.yml", FixtureSite.Files["site.yml"].Replace("language: en", "language: " + tag, StringComparison.Ordinal));
        return site;
    }

    [Fact]
    public async Task A_site_overrides_one_rule_and_keeps_the_theme_s_others()
    {
        using var site = new FixtureSite();
        site.Write("i18n/en.rules.yml", """
            dates:
              day: "{month} {day}, {year}"
            """);
        var built = await BuiltSite.BuildAsync(site.Input);

        var time = built.Html("events/strike/index.html").QuerySelector(".event-date time");
        Assert.Equal("January 3, 2020", time?.TextContent);
        Assert.Equal("2020-01-03", time?.GetAttribute("datetime"));

        // Every other rule is still the theme's: month dates, the direction, the search's stop words.
        Assert.Contains("January 2020", built.Html("briefings/index.html").Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ltr", built.Html("index.html").DocumentElement.GetAttribute("dir"));
        Assert.Contains("\"the\"", built.Text("search/index.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_key_is_reported_where_it_is_with_the_nearest_known_one()
    {
        using var site = new FixtureSite();
        site.Write("i18n/en.rules.yml", """
            dates:
              dya: "{day}"
            """);
        var warning = await OneAsync(site, Codes.UnknownField, "i18n/en.rules.yml", 2, 3);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("did you mean 'day'?", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_placeholder_the_rule_cannot_fill_is_an_error_at_its_brace()
    {
        using var site = new FixtureSite();
        site.Write("i18n/en.rules.yml", """
            dates:
              day: "{dya} {month} {year}"
            """);
        var error = await OneAsync(site, Codes.InvalidTemplate, "i18n/en.rules.yml", 2, 9);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("unknown placeholder '{dya}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("{day}, {month}, {year}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_without_rules_is_an_error_at_site_yml_s_language_naming_the_files_to_add()
    {
        using var site = InLanguage("fr");
        var error = await OneAsync(site, Codes.MissingLanguage, "site.yml", 4, 11);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("input/i18n/fr.rules.yml", error.Message, StringComparison.Ordinal);
        Assert.Contains("input/i18n/fr.yml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_language_the_theme_does_not_ship_needs_every_rule()
    {
        using var site = InLanguage("fr");
        site.Write("i18n/fr.rules.yml", "direction: ltr");
        var missing = (await CheckAsync(site)).Where(d => d.Code == Codes.MissingField).Select(d => d.Message).ToList();
        Assert.Contains(missing, m => m.Contains("'abbreviations'", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("'dates'", StringComparison.Ordinal));
        Assert.Contains(missing, m => m.Contains("'search'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_regional_tag_uses_its_language_s_rules_and_keeps_its_own_tag()
    {
        using var site = InLanguage("en-GB");
        var built = await BuiltSite.BuildAsync(site.Input);
        var html = built.Html("index.html").DocumentElement;
        Assert.Equal("en-GB", html.GetAttribute("lang"));
        Assert.Equal("ltr", html.GetAttribute("dir"));
        Assert.Equal("3 January 2020", built.Html("events/strike/index.html").QuerySelector(".event-date time")?.TextContent);
    }

    [Fact]
    public void A_lead_stops_at_the_first_full_stop_that_is_not_one_of_the_language_s_abbreviations()
    {
        const string text = "Gen. Smith arrived. Talks began.";
        Assert.Equal("Gen. Smith arrived.", Lead.FirstSentence(text, English.Rules.Abbreviations.ToHashSet(StringComparer.Ordinal)));
        Assert.Equal("Gen.", Lead.FirstSentence(text, new HashSet<string>(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("20XX", "the 21st century")]
    [InlineData("19XX", "the 20th century")]
    [InlineData("2020-01~/2020-03", "c. January 2020 – March 2020")]
    [InlineData("2020-01/2020-03", "January–March 2020")]
    [InlineData("2020-01-30/2020-02-02", "30 January – 2 February 2020")]
    [InlineData("2020-01-03/", "from 3 January 2020 (end unknown)")]
    [InlineData("2019-12%", "c. December 2019 (uncertain)")]
    public void English_dates_follow_the_theme_s_rules(string edtf, string display) =>
        Assert.Equal(display, English.Dates.Display(Content.Dates.EdtfDate.Parse(edtf)));

    [Fact]
    public void The_theme_ships_english_rules_and_no_others()
    {
        Assert.Equal(["en"], LanguageLoader.ThemeLanguages);
        Assert.NotNull(LanguageLoader.Default("en"));
        Assert.Null(LanguageLoader.Default("fr"));
        Assert.Equal(12, English.Rules.Dates.Months.Length);
    }
}
