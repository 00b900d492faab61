using StatiqSite.Diagnostics;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Validation;

/// <summary>Source labels, the citations that show them, notes as Markdown, and the contact for corrections.</summary>
public class SourceLabelTests
{
    private static readonly string ArticleOne = FixtureSite.Files["sources/article-one.yml"];

    [Fact]
    public async Task Two_sources_with_one_label_are_an_error_at_the_second_label()
    {
        using var site = new FixtureSite();
        site.Write("sources/column.yml", FixtureSite.Files["sources/column.yml"].Replace("label: Writer’s opinion column", "label: test outlet REPORT", StringComparison.Ordinal));
        var outcome = await site.BuildAsync(checkOnly: true);

        Assert.Equal(1, outcome.ExitCode);
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(Codes.DuplicateLabel, d.Code);
        Assert.EndsWith("sources/column.yml", d.File, StringComparison.Ordinal);
        Assert.Equal((5, 8), (d.Line, d.Column));
        Assert.Contains("already used by the source 'article-one'", d.Message, StringComparison.Ordinal);
        Assert.Contains("article-one.yml:6)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_without_a_label_is_an_error()
    {
        using var site = new FixtureSite();
        site.Write("sources/article-one.yml", ArticleOne.Replace("\nlabel: Test Outlet report", string.Empty, StringComparison.Ordinal));
        var outcome = await site.BuildAsync(checkOnly: true);

        var d = Assert.Single(outcome.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.MissingField, d.Code);
        Assert.Contains("label", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_label_with_a_comma_is_an_error_since_citations_are_listed_with_commas()
    {
        using var site = new FixtureSite();
        site.Write("sources/article-one.yml", ArticleOne.Replace("label: Test Outlet report", "label: Test Outlet, report", StringComparison.Ordinal));
        var outcome = await site.BuildAsync(checkOnly: true);

        var d = Assert.Single(outcome.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.InvalidValue, d.Code);
        Assert.Equal((6, 8), (d.Line, d.Column));
        Assert.Contains("contains a comma", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Consecutive_citations_of_one_article_name_it_once()
    {
        var texts = await SourceLinksWithNotes("See [¶2](source:column#2), [¶3](source:column#3), [¶1](source:article-one#1).");
        Assert.Equal(["Writer’s opinion column ¶2", "¶3", "Test Outlet report ¶1"], texts[^3..]);
    }

    [Fact]
    public async Task Citations_name_the_source_by_its_label_with_the_long_title_as_description()
    {
        using var site = new FixtureSite();
        Assert.True((await site.BuildAsync()).Succeeded);

        var briefing = Html.Load(site.Output, "briefings/strike-week/index.html");
        var inline = briefing.QuerySelector("main a[href='/sources/article-one/']");
        Assert.Equal("Test Outlet report ¶1", inline?.TextContent);
        Assert.Equal("A news report on the strike", inline?.GetAttribute("title"));

        var eventPage = Html.Load(site.Output, "events/strike/index.html");
        Assert.Contains("Test Outlet report", eventPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("article-one", eventPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notes_are_markdown_so_a_citation_in_them_shows_the_label_and_a_range_keeps_its_text()
    {
        var notes = await SourceLinksWithNotes("Dated from the column [¶2–3](source:column#2); [the report](source:article-one#1) agrees.");
        Assert.Contains("Writer’s opinion column ¶2–3", notes);
        Assert.Contains("the report", notes);
    }

    [Fact]
    public async Task An_inline_citation_of_a_paragraph_missing_from_the_sources_list_is_a_warning_at_the_link()
    {
        using var site = new FixtureSite();
        site.Write("events/2003-invasion.yml", FixtureSite.Files["events/2003-invasion.yml"]
            + "\nnotes: |\n  See [¶2–4](source:column#2) and [¶3](source:column#3).\n");
        var outcome = await site.BuildAsync(checkOnly: true);

        Assert.True(outcome.Succeeded);
        var found = outcome.Diagnostics.Where(d => d.Code == Codes.UncitedParagraph).Select(d => (d.Line, d.Column, d.Message[..28])).ToList();
        Assert.Equal([(9, 7, "the text cites ¶2 of 'column"), (9, 7, "the text cites ¶4 of 'column")], found);
    }

    /// <summary>The text of every source link on the invasion event's page, built with <paramref name="notes"/> as its notes.</summary>
    private static async Task<List<string>> SourceLinksWithNotes(string notes)
    {
        using var site = new FixtureSite();
        site.Write("events/2003-invasion.yml", FixtureSite.Files["events/2003-invasion.yml"] + "\nnotes: |\n  " + notes + "\n");
        Assert.True((await site.BuildAsync()).Succeeded);
        return [.. Html.Load(site.Output, "events/invasion/index.html").QuerySelectorAll("main a[href^='/sources/']").Select(a => a.TextContent)];
    }

    [Theory]
    [InlineData("corrections@example.org", "mailto:corrections@example.org", "corrections@example.org")]
    [InlineData("https://github.com/example/briefing/issues", "https://github.com/example/briefing/issues", "github.com/example/briefing/issues")]
    public async Task A_contact_is_shown_on_the_corrections_and_about_pages(string contact, string href, string text)
    {
        using var site = new FixtureSite();
        site.Write("site.yml", FixtureSite.Files["site.yml"] + "\ncontact: " + contact + "\n");
        Assert.True((await site.BuildAsync()).Succeeded);

        foreach (string page in new[] { "corrections/index.html", "about/index.html" })
        {
            var link = Html.Load(site.Output, page).QuerySelector(".notice-contact a");
            Assert.Equal(href, link?.GetAttribute("href"));
            Assert.Equal(text, link?.TextContent);
        }

        Assert.Null(Html.Load(site.Output, "methodology/index.html").QuerySelector(".notice-contact"));
    }

    [Fact]
    public async Task Without_a_contact_no_address_is_shown()
    {
        using var site = new FixtureSite();
        Assert.True((await site.BuildAsync()).Succeeded);
        Assert.Null(Html.Load(site.Output, "corrections/index.html").QuerySelector(".notice-contact"));
    }

    [Fact]
    public async Task A_contact_that_is_neither_an_address_nor_a_web_url_is_an_error_at_its_line()
    {
        using var site = new FixtureSite();
        site.Write("site.yml", FixtureSite.Files["site.yml"] + "\ncontact: javascript:alert(1)\n");
        var outcome = await site.BuildAsync(checkOnly: true);

        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(Codes.InvalidValue, d.Code);
        Assert.Equal((5, 10), (d.Line, d.Column));
    }
}
