using AngleSharp.Dom;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Markup;

/// <summary>The rules of first-mention linking, on a small site whose page text is written for each case.</summary>
public class ActorMentionTests
{
    private const string Soleimani = "a[href='/actors/soleimani/']";

    [Fact]
    public async Task Links_only_the_first_mention_even_across_an_event_card()
    {
        var page = await BuildPage("""
            Qassem Soleimani was a general.

            {{< event strike >}}

            Later, Qassem Soleimani was killed, and Qassim Soleimani is another spelling.
            """);
        var body = page.QuerySelector(".doc-body")!;
        var links = OutsideCards(body, Soleimani);
        var link = Assert.Single(links);
        Assert.Equal("Qassem Soleimani", link.TextContent);
        Assert.Equal("Commander of the Quds Force", link.GetAttribute("title"));
        Assert.StartsWith("Qassem Soleimani was a general", link.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skips_headings_code_and_existing_links_and_links_the_next_plain_mention()
    {
        var page = await BuildPage("""
            ## Qassem Soleimani

            `Qassem Soleimani` and [Qassem Soleimani's strike](event:strike).

            Then Soleimani's aliases: Qassim Soleimani.
            """);
        var body = page.QuerySelector(".doc-body")!;
        Assert.Empty(body.QuerySelectorAll($"h2 a, code a"));
        var link = Assert.Single(body.QuerySelectorAll(Soleimani));
        Assert.Equal("Qassim Soleimani", link.TextContent);
    }

    [Fact]
    public async Task Matches_whole_words_case_sensitively_and_the_longest_name_first()
    {
        var page = await BuildPage("""
            The Baghdadi family and baghdad in lower case are not the capital. The Qassim Soleimani spelling
            is an alias; Baghdad is the capital.
            """, aliases: "[Qassim Soleimani, Soleimani]");
        var body = page.QuerySelector(".doc-body")!;
        Assert.Equal("Qassim Soleimani", Assert.Single(body.QuerySelectorAll(Soleimani)).TextContent);
        Assert.Equal("Baghdad", Assert.Single(body.QuerySelectorAll("a[href='/actors/baghdad/']")).TextContent);
        Assert.DoesNotContain("Baghdadi", body.QuerySelectorAll("a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Finds_a_name_broken_over_two_lines()
    {
        var page = await BuildPage("The general, Qassem\nSoleimani, was killed.");
        var link = Assert.Single(page.QuerySelectorAll($".doc-body {Soleimani}"));
        Assert.Equal("Qassem Soleimani", string.Join(' ', link.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task A_link_written_by_hand_counts_as_the_mention()
    {
        var page = await BuildPage("""
            [The general](actor:soleimani) was killed. Qassem Soleimani was buried in Iran.
            """);
        var link = Assert.Single(page.QuerySelectorAll($".doc-body {Soleimani}"));
        Assert.Equal("The general", link.TextContent);
    }

    [Fact]
    public async Task Mentions_feed_the_actor_pages_list_of_explainers()
    {
        using var site = new FixtureSite();
        site.Write("explainers/the-strike.md", """
            ---
            title: The strike
            summary: What happened.
            updated: 2024-01-02
            ---
            Qassem Soleimani was killed in a strike.
            """);
        var outcome = await site.BuildAsync();
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        var actor = Html.Load(site.Output, "actors/soleimani/index.html");
        Assert.NotNull(actor.QuerySelector("main a[href='/explainers/the-strike/']"));
        var baghdad = Html.Load(site.Output, "actors/baghdad/index.html");
        Assert.Null(baghdad.QuerySelector("main a[href='/explainers/the-strike/']"));
    }

    private static IEnumerable<IElement> OutsideCards(IElement body, string selector) =>
        body.QuerySelectorAll(selector).Where(a => a.Closest(".event-card") is null);

    private static async Task<IDocument> BuildPage(string markdown, string? aliases = null)
    {
        using var site = new FixtureSite();
        if (aliases is not null)
        {
            site.Write("actors/soleimani.yml", FixtureSite.Files["actors/soleimani.yml"].Replace("[Qassim Soleimani]", aliases, StringComparison.Ordinal));
        }

        site.Write("pages/about.md", "---\ntitle: About\nsummary: S\n---\n" + markdown);
        var outcome = await site.BuildAsync();
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        return Html.Load(site.Output, "about/index.html");
    }
}
