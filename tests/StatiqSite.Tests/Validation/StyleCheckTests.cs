using StatiqSite.Diagnostics;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Validation;

/// <summary>The house-style pass of <c>check</c>: one fixture per rule kind, each finding at its line and column with its suggestion.</summary>
public class StyleCheckTests
{
    private const string Event = "events/2020-01-03-strike.yml";

    /// <summary>
    /// Checks the fixture site with one style rule and one event whose summary is <paramref name="summary"/>,
    /// written from line 4, column 3.
    /// </summary>
    private static async Task<List<Diagnostic>> Check(string rule, string summary, string? notes = null, string title = "The strike")
    {
        using var site = new FixtureSite();
        site.Write("style.yml", "prose_fields: [title, summary, notes]\nabbreviations: [Gen.]\nrules:\n" + rule);
        site.Write(Event, "title: " + title + "\ndate: 2020-01-03\nsummary: |\n  " + summary + "\nera: late\nsources:\n  - source: article-one\n    locator: ¶1\n"
            + (notes is null ? string.Empty : "notes: |\n  " + notes + "\n"));
        var outcome = await site.BuildAsync(checkOnly: true);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        return [.. outcome.Diagnostics.Where(d => d.File.EndsWith(Event, StringComparison.Ordinal))];
    }

    [Fact]
    public async Task A_replace_rule_suggests_the_replacement_in_the_case_found()
    {
        var found = await Check("  - kind: replace\n    message: American spelling\n    words: {neighbour: neighbor}\n", "Iraq’s neighbour. Neighbours too; Neighbour again.");

        var d = Assert.Single(found, d => d.Column == 10);
        Assert.Equal(Codes.StyleReplace, d.Code);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(4, d.Line);
        Assert.Equal("'neighbour': American spelling; write 'neighbor'", d.Message);
        Assert.Contains(found, x => (x.Line, x.Column, x.Message) == (4, 37, "'Neighbour': American spelling; write 'Neighbor'"));
        Assert.Equal(2, found.Count);
    }

    [Fact]
    public async Task Word_rules_leave_text_in_typographic_quotes_alone()
    {
        var found = await Check("  - kind: replace\n    message: American spelling\n    words: {neighbour: neighbor}\n", "It called Iran “a neighbour” once.");
        Assert.Empty(found);
    }

    [Fact]
    public async Task An_avoid_rule_limited_to_summaries_spares_the_notes()
    {
        string rule = "  - kind: avoid\n    message: keep it for the notes\n    fields: [summary]\n    words: [no other article]\n";
        var found = await Check(rule, "No other article says so.", notes: "No other article says so.");

        var d = Assert.Single(found);
        Assert.Equal(Codes.StyleAvoid, d.Code);
        Assert.Equal((4, 3), (d.Line, d.Column));
        Assert.Equal("'No other article': keep it for the notes", d.Message);
    }

    [Fact]
    public async Task A_pattern_rule_fills_its_suggestion_from_the_match()
    {
        string rule = "  - kind: pattern\n    message: day first\n    pattern: '\\b(January) ([0-9]{1,2}), ([0-9]{4})\\b'\n    suggest: '$2 $1 $3'\n";
        var d = Assert.Single(await Check(rule, "It happened on January 3, 2020, in Baghdad."));
        Assert.Equal(Codes.StylePattern, d.Code);
        Assert.Equal((4, 18), (d.Line, d.Column));
        Assert.Equal("'January 3, 2020': day first; write '3 January 2020'", d.Message);
    }

    [Fact]
    public async Task The_quotes_rule_suggests_the_typographic_mark_for_each_place()
    {
        var found = await Check("  - kind: quotes\n    message: typographic quotes\n", "\"It's over,\" he said.");

        Assert.Equal(
            [(3, "“"), (6, "’"), (14, "”")],
            found.Select(d => (d.Column, d.Message[(d.Message.LastIndexOf('\'', d.Message.Length - 2) + 1)..^1])).ToList());
        Assert.All(found, d => Assert.Equal(Codes.StyleQuotes, d.Code));
    }

    [Fact]
    public async Task The_quotes_of_a_quoted_yaml_value_are_yaml_not_prose()
    {
        var found = await Check("  - kind: quotes\n    message: typographic quotes\n", "Plain.", title: "\"A quoted title: with a colon\"");
        Assert.Empty(found);
    }

    [Fact]
    public async Task Each_text_of_a_list_field_is_checked_where_it_stands_in_a_flow_list()
    {
        using var site = new FixtureSite();
        site.Write("style.yml", "prose_fields: [aliases]\nrules:\n  - kind: quotes\n    message: typographic quotes\n");
        site.Write("actors/soleimani.yml", FixtureSite.Files["actors/soleimani.yml"].Replace("aliases: [Qassim Soleimani]", "aliases: [Qassim Soleimani, Iran's general]", StringComparison.Ordinal));
        var outcome = await site.BuildAsync(checkOnly: true);

        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(Codes.StyleQuotes, d.Code);
        Assert.EndsWith("actors/soleimani.yml", d.File, StringComparison.Ordinal);
        Assert.Equal((3, 33), (d.Line, d.Column));
    }

    [Fact]
    public async Task An_id_in_prose_is_reported_but_a_citation_link_is_not()
    {
        var d = Assert.Single(await Check("  - kind: ids\n    message: cite with a link\n", "As article-one says [¶1](source:article-one#1)."));
        Assert.Equal(Codes.StyleInternalId, d.Code);
        Assert.Equal((4, 6), (d.Line, d.Column));
        Assert.StartsWith("'article-one' is an internal id", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_sentence_is_reported_where_it_starts_and_abbreviations_do_not_end_one()
    {
        string rule = "  - kind: sentence-length\n    max: 6\n    message: split it\n";
        var found = await Check(rule, "Short one. Gen. Smith and the U.S. Army met the new leaders here [¶1](source:article-one#1).");

        var d = Assert.Single(found);
        Assert.Equal(Codes.StyleSentenceLength, d.Code);
        Assert.Equal((4, 14), (d.Line, d.Column));
        Assert.Equal("this sentence has 11 words, over 6: split it", d.Message);
    }

    [Fact]
    public async Task A_markdown_body_is_checked_at_its_lines_below_the_front_matter()
    {
        using var site = new FixtureSite();
        site.Write("style.yml", "prose_fields: [title]\nrules:\n  - kind: replace\n    message: American spelling\n    words: {colour: color}\n");
        site.Write("pages/methodology.md", "---\ntitle: Methodology\nsummary: How.\n---\n## The colour\n\n```\ncolour in code\n```\n\nA [colour](event:strike) here.\n");
        var outcome = await site.BuildAsync(checkOnly: true);

        var found = outcome.Diagnostics.Where(d => d.File.EndsWith("pages/methodology.md", StringComparison.Ordinal)).Select(d => (d.Line, d.Column)).ToList();
        Assert.Equal([(5, 8), (11, 4)], found);
    }

    [Fact]
    public async Task Build_does_not_run_the_style_rules()
    {
        using var site = new FixtureSite();
        site.Write("style.yml", "prose_fields: [title, summary]\nrules:\n  - kind: replace\n    message: American spelling\n    words: {strike: attack}\n");
        var outcome = await site.BuildAsync();
        Assert.True(outcome.Succeeded);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code == Codes.StyleReplace);
    }

    [Fact]
    public async Task A_pattern_that_is_not_a_regular_expression_is_an_error_in_the_style_file()
    {
        using var site = new FixtureSite();
        site.Write("style.yml", "prose_fields: [title]\nrules:\n  - kind: pattern\n    message: m\n    pattern: '([a-z'\n");
        var outcome = await site.BuildAsync(checkOnly: true);

        Assert.Equal(1, outcome.ExitCode);
        var d = Assert.Single(outcome.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Codes.InvalidValue, d.Code);
        Assert.EndsWith("style.yml", d.File, StringComparison.Ordinal);
        Assert.Equal((5, 14), (d.Line, d.Column));
    }

    [Fact]
    public void Github_format_annotates_style_warnings_on_their_line()
    {
        using var site = new FixtureSite();
        site.Write("style.yml", "prose_fields: [role]\nrules:\n  - kind: replace\n    message: American spelling\n    words: {capital: capitol}\n");
        var result = CliRunner.Run(Path.GetDirectoryName(site.Input)!, new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, "check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("::warning file=input/actors/baghdad.yml,line=3,col=7,title=SS0701::'Capital': American spelling; write 'Capitol'", result.Stderr, StringComparison.Ordinal);
    }
}
