using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Yaml;
using StatiqSite.Tests.Schemas;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Discovery;

/// <summary>input/corrections.yml: read with positioned diagnostics, and shown wherever a reader would look.</summary>
public class CorrectionTests
{
    private const string TwoCorrections = """
        - date: 2026-11-02
          page: page:about
          what: The page named the wrong **article**.
        - date: 2026-11-21
          page: event:strike
          what: The summary gave the wrong paragraph; it now cites ¶1.
        """;

    [Fact]
    public async Task A_correction_shows_on_its_page_and_on_the_corrections_page_newest_first()
    {
        using var site = new FixtureSite();
        site.Write("corrections.yml", TwoCorrections);
        site.Write("pages/corrections.md", """
            ---
            title: Corrections
            summary: How we correct mistakes.
            ---
            We correct mistakes openly.
            """);
        var built = await BuiltSite.BuildAsync(site.Input);

        var about = built.Html("about/index.html");
        var note = about.QuerySelector("aside.correction-notes");
        Assert.NotNull(note);
        Assert.Equal("2026-11-02", note.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.Contains("2 November 2026", note.TextContent, StringComparison.Ordinal);
        Assert.NotNull(note.QuerySelector("strong strong, p strong"));
        Assert.Equal("/corrections/", note.QuerySelector("a[href='/corrections/']")?.GetAttribute("href"));

        var list = built.Html("corrections/index.html");
        Assert.Contains("We correct mistakes openly.", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var items = list.QuerySelectorAll(".corrections-list li.correction").ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(["2026-11-21", "2026-11-02"], items.Select(i => i.QuerySelector("time")!.GetAttribute("datetime")!));
        Assert.Equal("/events/strike/", items[0].QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains("The strike", items[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("/about/", items[1].QuerySelector("a")?.GetAttribute("href"));
        Assert.DoesNotContain("There are no corrections yet", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("correction-2026-11-21-event-strike", items[0].Id);

        var eventNote = built.Html("events/strike/index.html").QuerySelector("aside.correction-notes");
        Assert.NotNull(eventNote);
        Assert.Contains("it now cites ¶1", eventNote.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_correction_is_in_the_feed_and_in_the_corrected_pages_json_ld()
    {
        using var site = new FixtureSite();
        site.Write("corrections.yml", TwoCorrections);
        var built = await BuiltSite.BuildAsync(site.Input);

        var feed = System.Xml.Linq.XDocument.Parse(built.Text("feed.xml"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").Where(e => e.Element(atom + "category")?.Attribute("term")?.Value == "Correction").ToList();
        Assert.Equal(2, entries.Count);
        var strike = entries.Single(e => e.Element(atom + "title")!.Value == "Correction: The strike");
        Assert.Equal("https://example.org/corrections/#correction-2026-11-21-event-strike", strike.Element(atom + "id")!.Value);
        Assert.Equal("2026-11-21T00:00:00Z", strike.Element(atom + "updated")!.Value);
        Assert.Contains("it now cites ¶1", strike.Element(atom + "summary")!.Value, StringComparison.Ordinal);

        // An event is not a creative work, so its page becomes a WebPage about the event, carrying the correction.
        var eventLd = JsonLd(built, "events/strike/index.html");
        Assert.Equal("WebPage", eventLd.GetProperty("@type").GetString());
        Assert.Equal("Event", eventLd.GetProperty("mainEntity").GetProperty("@type").GetString());
        Assert.Equal("https://example.org/events/strike/", eventLd.GetProperty("url").GetString());
        var correction = Assert.Single(eventLd.GetProperty("correction").EnumerateArray());
        Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
        Assert.Equal("2026-11-21", correction.GetProperty("datePublished").GetString());
        Assert.Equal("https://example.org/corrections/#correction-2026-11-21-event-strike", correction.GetProperty("url").GetString());

        var aboutLd = JsonLd(built, "about/index.html");
        Assert.Equal("WebPage", aboutLd.GetProperty("@type").GetString());
        Assert.Contains("wrong article", Assert.Single(aboutLd.GetProperty("correction").EnumerateArray()).GetProperty("text").GetString(), StringComparison.Ordinal);

        Assert.False(JsonLd(built, "corrections/index.html").TryGetProperty("correction", out _));
    }

    private static System.Text.Json.JsonElement JsonLd(BuiltSite built, string path) =>
        System.Text.Json.JsonDocument.Parse(built.Html(path).QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    [Fact]
    public async Task Without_corrections_the_page_says_there_are_none_and_other_pages_show_no_note()
    {
        using var site = new FixtureSite();
        var built = await BuiltSite.BuildAsync(site.Input);
        Assert.Contains("There are no corrections yet.", built.Html("corrections/index.html").QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(built.Html("about/index.html").QuerySelector("aside.correction-notes"));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("# only a comment\n", 0)]
    [InlineData("[]", 0)]
    public async Task An_empty_corrections_file_means_no_corrections(string text, int expected)
    {
        using var site = new FixtureSite();
        site.Write("corrections.yml", text);
        var outcome = await site.BuildAsync(checkOnly: true);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        Assert.Equal(expected, outcome.Diagnostics.Count);
    }

    [Theory]
    [InlineData("- date: 2026-11-21\n  page: evnt:strike\n  what: W\n", Codes.InvalidValue, 2, 9, "did you mean 'event:strike'")]
    [InlineData("- date: 2026-11-21\n  page: event:strik\n  what: W\n", Codes.UnknownReference, 2, 9, "did you mean 'strike'")]
    [InlineData("- date: 2026-11-21\n  page: briefing:nope\n  what: W\n", Codes.UnknownReference, 2, 9, "unknown briefing 'nope'")]
    [InlineData("- date: 2026-11-21\n  page: strike\n  what: W\n", Codes.InvalidValue, 2, 9, "as kind:id")]
    [InlineData("- date: 2026-11-21\n  page: event:Strike_1\n  what: W\n", Codes.InvalidId, 2, 9, "lowercase")]
    [InlineData("- date: 21 November 2026\n  page: event:strike\n  what: W\n", Codes.InvalidDate, 1, 9, "2026-11-21")]
    [InlineData("- page: event:strike\n  what: W\n", Codes.MissingField, 1, 3, "'date'")]
    [InlineData("- date: 2026-11-21\n  page: event:strike\n", Codes.MissingField, 1, 3, "'what'")]
    [InlineData("- date: 2026-11-21\n  page: event:strike\n  what: W\n  whay: x\n", Codes.UnknownField, 4, 3, "did you mean 'what'")]
    [InlineData("date: 2026-11-21\n", Codes.WrongType, 1, 1, "a list of corrections")]
    [InlineData("- just text\n", Codes.WrongType, 1, 3, "mapping of fields")]
    public async Task A_bad_correction_is_reported_where_it_is_written(string yaml, string code, int line, int column, string message)
    {
        using var site = new FixtureSite();
        site.Write("corrections.yml", yaml);
        var outcome = await site.BuildAsync(checkOnly: true);
        var d = Assert.Single(outcome.Diagnostics, x => x.Code == code);
        Assert.EndsWith("corrections.yml", d.File, StringComparison.Ordinal);
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_accepts_a_valid_corrections_file()
    {
        var schema = MiniJsonSchema.Load(Path.Combine(Repo.Root, "docs", "schemas", "corrections.schema.json"));
        var bag = new DiagnosticBag();
        Assert.True(YamlReader.TryRead(TwoCorrections, new Origin("test", TextPosition.Start), bag, out var root));
        Assert.Empty(schema.Validate(YamlToJson.Convert(root)));
    }
}
