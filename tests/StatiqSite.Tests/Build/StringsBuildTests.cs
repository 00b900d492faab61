using StatiqSite.Diagnostics;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>A site's strings file changes what its pages say, and a mistake in it fails the build at its line.</summary>
public class StringsBuildTests
{
    [Fact]
    public async Task A_site_renames_a_navigation_label_and_a_page_heading()
    {
        using var site = new FixtureSite();
        site.Write("i18n/en.yml", """
            nav:
              timeline: Chronology
            timeline:
              title: The whole chronology
            """);
        var outcome = await site.BuildAsync();
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));

        var timeline = Html.Load(site.Output, "timeline/index.html");
        Assert.Equal("The whole chronology", timeline.QuerySelector("h1")?.TextContent);
        Assert.StartsWith("The whole chronology – ", timeline.Title, StringComparison.Ordinal);
        var home = Html.Load(site.Output, "index.html");
        Assert.Equal("Chronology", home.QuerySelector(".site-nav a[href='/timeline/']")?.TextContent);
    }

    [Fact]
    public async Task The_footer_counts_the_sources_and_mentions_opinion_only_when_there_is_some()
    {
        using var site = new FixtureSite();
        var outcome = await site.BuildAsync();
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        string footer = Html.Load(site.Output, "index.html").QuerySelector(".site-footer p")!.TextContent;
        Assert.Equal("Every fact on this site cites one of two sources by paragraph. Opinion is labelled and attributed.", footer);

        site.Write("sources/column.yml", File.ReadAllText(Path.Combine(site.Input, "sources/column.yml")).Replace("kind: opinion", "kind: analysis", StringComparison.Ordinal));
        outcome = await site.BuildAsync();
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        footer = Html.Load(site.Output, "index.html").QuerySelector(".site-footer p")!.TextContent;
        Assert.Equal("Every fact on this site cites one of two sources by paragraph.", footer);
        Assert.DoesNotContain("opinion", Html.Load(site.Output, "sources/index.html").QuerySelector(".lede")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_key_fails_the_build_at_its_line()
    {
        using var site = new FixtureSite();
        site.Write("i18n/en.yml", """
            nav:
              timline: Chronology
            """);
        var outcome = await site.BuildAsync();
        Assert.False(outcome.Succeeded);
        var error = Assert.Single(outcome.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((Codes.UnknownString, 2), (error.Code, error.Line));
        Assert.EndsWith("input/i18n/en.yml", error.File, StringComparison.Ordinal);
    }
}
