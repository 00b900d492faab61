using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>Navigation, footer and key-player groups from site.yml, their defaults, their errors, and theme overrides.</summary>
public class SiteShapeTests
{
    private static string SiteYml(string extra) => FixtureSite.Files["site.yml"] + "\n" + extra;

    [Fact]
    public async Task Without_menu_or_footer_the_links_are_the_sections_and_pages_the_site_has()
    {
        using var site = new FixtureSite();
        site.Delete("briefings/2020-01-strike-week.md");
        site.Delete("pages/about.md");
        var outcome = await site.BuildAsync();
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));

        var home = Html.Load(site.Output, "index.html");
        Assert.Equal(["Timeline", "Who’s who", "Sources", "Search"], home.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        Assert.Equal(["Methodology", "Corrections", "Data downloads"], home.QuerySelectorAll(".footer-links a").Select(a => a.TextContent));
        Assert.Equal("Timeline", Html.Load(site.Output, "events/strike/index.html").QuerySelector(".site-nav a[aria-current=page]")?.TextContent);
    }

    [Fact]
    public async Task A_menu_and_footer_in_site_yml_are_used_in_their_order_with_their_labels()
    {
        using var site = new FixtureSite();
        site.Write("site.yml", SiteYml("""
            menu:
              - page: about
              - section: actors
                label: People
              - url: https://elsewhere.example.net/
                label: Elsewhere
            footer: []
            """));
        var outcome = await site.BuildAsync();
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));

        var about = Html.Load(site.Output, "about/index.html");
        Assert.Equal(["About", "People", "Elsewhere"], about.QuerySelectorAll(".site-nav a").Select(a => a.TextContent));
        Assert.Equal(["/about/", "/actors/", "https://elsewhere.example.net/"], about.QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")));
        Assert.Equal("About", about.QuerySelector(".site-nav a[aria-current=page]")?.TextContent);
        Assert.Null(about.QuerySelector(".footer-links"));
    }

    [Theory]
    [InlineData("menu:\n  - page: abut\n", Codes.UnknownReference, 6, "did you mean 'about'?")]
    [InlineData("menu:\n  - section: timline\n", Codes.InvalidValue, 6, "did you mean 'timeline'?")]
    [InlineData("footer:\n  - page: about\n    section: sources\n", Codes.InvalidValue, 6, "exactly one")]
    [InlineData("footer:\n  - url: https://elsewhere.example.net/\n", Codes.MissingField, 6, "'label'")]
    [InlineData("key_players:\n  - id: us\n    label: The U.S.\n  - id: us\n    label: Again\n", Codes.DuplicateId, 8, "listed twice")]
    public async Task A_wrong_navigation_or_group_item_is_an_error_at_its_line(string yaml, string code, int line, string message)
    {
        using var site = new FixtureSite();
        site.Write("site.yml", SiteYml(yaml));
        var outcome = await site.BuildAsync(checkOnly: true);
        Assert.False(outcome.Succeeded);
        var problem = Assert.Single(outcome.Diagnostics, d => d.Code == code);
        Assert.EndsWith("site.yml", problem.File, StringComparison.Ordinal);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_player_names_a_group_of_site_yml_or_is_an_error_with_the_nearest()
    {
        using var site = new FixtureSite();
        site.Write("site.yml", SiteYml("key_players:\n  - id: iran-and-allies\n    label: Iran and its allies\n"));
        string actor = FixtureSite.Files["actors/soleimani.yml"];
        site.Write("actors/soleimani.yml", actor + "\nkey_player: iran-and-allie");
        var outcome = await site.BuildAsync(checkOnly: true);
        var problem = Assert.Single(outcome.Diagnostics, d => d.Code == Codes.UnknownReference);
        Assert.EndsWith("actors/soleimani.yml", problem.File, StringComparison.Ordinal);
        Assert.Equal(actor.Split('\n').Length + 1, problem.Line);
        Assert.Contains("did you mean 'iran-and-allies'?", problem.Message, StringComparison.Ordinal);

        site.Write("actors/soleimani.yml", actor + "\nkey_player: iran-and-allies");
        var built = await site.BuildAsync();
        Assert.True(built.Succeeded, string.Join('\n', built.Diagnostics));
        var glossary = Html.Load(site.Output, "actors/index.html");
        Assert.Equal("Iran and its allies", glossary.QuerySelector("#side-iran-and-allies")?.TextContent);
    }

    [Fact]
    public async Task A_site_component_replaces_the_theme_component_of_the_same_name_on_every_page()
    {
        using var site = new FixtureSite();
        var options = site.Options() with { SiteAssemblies = [typeof(Overrides.SiteFooter).Assembly] };
        var outcome = await SiteBuilder.RunAsync(options, Log.Silent);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));

        var pages = outcome.Outputs.Where(o => o.IsHtml).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page =>
        {
            var footer = Html.Parse(page.AsText()).QuerySelector("footer.replaced-footer");
            Assert.Equal("The footer of Test briefing", footer?.TextContent);
        });
        Assert.DoesNotContain(pages, p => p.AsText().Contains("footer-links", StringComparison.Ordinal));
    }
}

/// <summary>Replacements that cannot stand in for the theme's components, found among types given directly.</summary>
public class ComponentOverrideErrorTests
{
    [Fact]
    public void A_replacement_without_the_themes_parameters_is_an_error_naming_them()
    {
        var bag = new DiagnosticBag();
        var overrides = StatiqSite.Rendering.ComponentOverrides.Find([typeof(Pager)], bag);
        Assert.Empty(overrides);
        var problem = Assert.Single(bag.ToSortedList());
        Assert.Equal(Codes.InvalidValue, problem.Code);
        Assert.Contains("replaces the theme's Pager", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Label (String)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_theme_component_is_used_for_every_name_the_site_does_not_replace()
    {
        var bag = new DiagnosticBag();
        var overrides = StatiqSite.Rendering.ComponentOverrides.Find([typeof(Overrides.SiteFooter), typeof(ComponentOverrideErrorTests)], bag);
        Assert.Empty(bag.ToSortedList());
        var (replaced, replacement) = Assert.Single(overrides);
        Assert.Equal(typeof(Theme.Layouts.SiteFooter), replaced);
        Assert.Equal(typeof(Overrides.SiteFooter), replacement);
    }

    // Not public, so that no build that passes the test assembly picks it up.
    private sealed class Pager : Microsoft.AspNetCore.Components.ComponentBase
    {
        [Microsoft.AspNetCore.Components.Parameter] public string? Other { get; set; }
    }
}

/// <summary>The site's own assets: a theme asset replaced, others published as they are, bad names refused.</summary>
public class SiteAssetTests
{
    [Fact]
    public async Task A_site_script_replaces_the_themes_and_an_asset_of_an_unknown_type_is_an_error()
    {
        using var site = new FixtureSite();
        site.Write("assets/app.js", "// the site's own script");
        site.Write("assets/notes.exe", "not an asset");
        var outcome = await site.BuildAsync(checkOnly: true);
        var problem = Assert.Single(outcome.Diagnostics, d => d.Code == Codes.UnexpectedFile);
        Assert.EndsWith("assets/notes.exe", problem.File, StringComparison.Ordinal);
        Assert.Contains("rename it", problem.Message, StringComparison.Ordinal);

        site.Delete("assets/notes.exe");
        outcome = await site.BuildAsync(checkOnly: true);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        var script = Assert.Single(outcome.Outputs, o => o.Path.StartsWith("assets/app.", StringComparison.Ordinal));
        Assert.Equal("// the site's own script\n", script.AsText());
        Assert.DoesNotContain(outcome.Outputs, o => o.Path.Contains("notes", StringComparison.Ordinal));
    }
}
