using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading;
using StatiqSite.Loading.Yaml;
using StatiqSite.Theme.Strings;

namespace StatiqSite.Tests.Loading;

/// <summary>The strings file: the theme's defaults, a site's overrides key by key, and the checks on them.</summary>
public class StringsLoaderTests
{
    private static SiteSettings Settings(string language = "en") =>
        new("Site", "About it.", new Uri("https://example.org/"), null, language, new Origin("input/site.yml", TextPosition.Start))
        {
            LanguageAt = new TextPosition(4, 11),
        };

    private static (SiteStrings? Strings, IReadOnlyList<Diagnostic> Diagnostics) Load(string? yaml, string language = "en")
    {
        var bag = new DiagnosticBag();
        var files = new List<StringsFile>();
        if (yaml is not null)
        {
            var origin = new Origin($"input/i18n/{language}.yml", TextPosition.Start);
            Assert.True(YamlReader.TryRead(yaml, origin, bag, out var root));
            files.Add(new StringsFile(language, root, origin));
        }

        return (StringsLoader.Load(Settings(language), files, bag), bag.ToSortedList());
    }

    [Fact]
    public void The_theme_defaults_give_every_string_and_each_is_used()
    {
        var table = new StringTable(StringsLoader.Defaults);
        _ = new SiteStrings(table);
        Assert.Empty(table.Keys.Except(table.Read).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_site_overrides_one_key_and_keeps_the_defaults_of_the_rest()
    {
        var (strings, diagnostics) = Load("""
            nav:
              timeline: Chronology
            """);
        Assert.Empty(diagnostics);
        Assert.NotNull(strings);
        Assert.Equal("Chronology", strings.Nav.Timeline);
        Assert.Equal(StringsLoader.Defaults["nav.actors"], strings.Nav.Actors);
        Assert.NotEqual(Load(null).Strings, strings);
    }

    [Fact]
    public void An_unknown_key_is_an_error_at_its_line_with_the_nearest_key()
    {
        var (strings, diagnostics) = Load("""
            nav:
              timelin: Chronology
            """);
        Assert.Null(strings);
        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.UnknownString, "input/i18n/en.yml", 2, 12), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("did you mean 'nav.timeline'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_for_a_group_names_the_keys_under_it()
    {
        var (_, diagnostics) = Load("nav: Chronology");
        var error = Assert.Single(diagnostics);
        Assert.Equal(Codes.UnknownString, error.Code);
        Assert.Contains("timeline, actors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_placeholder_the_key_does_not_have_is_an_error_at_its_line()
    {
        var (strings, diagnostics) = Load("""
            timeline:
              title: Events
              status_all: "Showing {total} events."
            """);
        Assert.Null(strings);
        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.UnknownPlaceholder, 3), (error.Code, error.Line));
        Assert.Contains("{count}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_brace_without_its_partner_is_an_error_at_its_line_and_doubled_braces_are_text()
    {
        var (strings, diagnostics) = Load("""
            timeline:
              status_all: "Showing {count events."
            """);
        Assert.Null(strings);
        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.UnknownPlaceholder, 2), (error.Code, error.Line));
        Assert.Contains("'{{'", error.Message, StringComparison.Ordinal);

        var (braced, none) = Load("""
            timeline:
              status_all: "Showing {count} events {{all}}."
            """);
        Assert.Empty(none);
        Assert.Equal("Showing 3 events {all}.", braced!.Timeline.Status(3, 3, null));
        Assert.Equal("Showing {count} events {{all}}.", braced.Timeline.StatusTemplates.All);
    }

    [Fact]
    public void A_list_where_a_text_belongs_is_a_wrong_type()
    {
        var (_, diagnostics) = Load("""
            nav:
              timeline: [a, b]
            """);
        Assert.Equal(Codes.WrongType, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Placeholders_are_filled_by_the_typed_methods()
    {
        var (strings, diagnostics) = Load("""
            timeline:
              status_theme: "{name}: {count} of {total}"
            layout:
              footer_sources_link:
                other: "{count_words} articles"
            """);
        Assert.Empty(diagnostics);
        Assert.NotNull(strings);
        var theme = new Theme.TimelineFilter(Theme.FilterKind.Theme, "water", "Water", "/timeline/themes/water/");
        Assert.Equal("Water: 3 of 12", strings.Timeline.Status(3, 12, theme));
        Assert.Equal("five articles", strings.Layout.FooterSourcesLink(5));
        Assert.Equal("12 articles", strings.Layout.FooterSourcesLink(12));
        Assert.Equal(StringsLoader.Defaults["layout.footer_sources_link.one"], strings.Layout.FooterSourcesLink(1));
    }

    [Fact]
    public void A_language_without_strings_is_an_error_at_the_language_line_naming_the_file()
    {
        var (strings, diagnostics) = Load(null, "fr");
        Assert.Null(strings);
        var error = Assert.Single(diagnostics);
        Assert.Equal((Codes.MissingLanguage, "input/site.yml", 4, 11), (error.Code, error.File, error.Line, error.Column));
        Assert.Contains("input/i18n/fr.yml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_with_its_own_file_falls_back_to_english_for_the_keys_it_leaves_out()
    {
        var (strings, diagnostics) = Load("""
            nav:
              timeline: Chronologie
            """, "fr");
        Assert.Empty(diagnostics);
        Assert.Equal(("Chronologie", StringsLoader.Defaults["nav.search"]), (strings!.Nav.Timeline, strings.Nav.Search));
    }

    [Theory]
    [InlineData("iraq")]
    [InlineData("soleimani")]
    [InlineData("troops")]
    [InlineData("militia")]
    [InlineData("five source articles")]
    [InlineData("five articles")]
    [InlineData("opinion column")]
    public void The_theme_defaults_name_no_topic(string word) =>
        Assert.DoesNotContain(StringsLoader.Defaults, d => d.Value.Contains(word, StringComparison.OrdinalIgnoreCase));
}
