using StatiqSite.Diagnostics;
using StatiqSite.Discovery.Data;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Robustness;

/// <summary>
/// Bytes from content that must not reach a spreadsheet as a formula, or a terminal as a forged
/// diagnostic line or an escape sequence.
/// </summary>
public class InjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/\",\"x\")")]
    [InlineData("+cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1+1)")]
    [InlineData("\tx")]
    [InlineData("\rx")]
    public void A_cell_a_spreadsheet_would_run_starts_with_an_apostrophe(string value)
    {
        var table = new CsvTable("title", "value");
        table.Row(value, "2500");

        var cells = Csv.Parse(table.ToString())[1];

        Assert.Equal("'" + value, cells[0]);
        Assert.Equal("2500", cells[1]);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("-0.25")]
    [InlineData("plain text")]
    [InlineData("a=b")]
    public void Numbers_and_ordinary_text_are_left_as_they_are(string value) =>
        Assert.Equal(value, CsvTable.Neutralised(value));

    [Fact]
    public async Task Titles_and_names_reach_the_csv_downloads_neutralised_and_the_json_as_written()
    {
        using var site = new FixtureSite();
        site.Write("events/2020-01-03-strike.yml", FixtureSite.Files["events/2020-01-03-strike.yml"]
            .Replace("title: The strike", "title: \"=HYPERLINK(\\\"http://evil.example/\\\", \\\"x\\\")\"", StringComparison.Ordinal));
        site.Write("actors/baghdad.yml", FixtureSite.Files["actors/baghdad.yml"].Replace("name: Baghdad", "name: \"@Baghdad\"", StringComparison.Ordinal));

        var outcome = await site.BuildAsync();

        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        var events = Csv.Records(File.ReadAllText(Path.Combine(site.Output, "data", "events.csv")), out _);
        Assert.Contains(events, e => e["title"] == "'=HYPERLINK(\"http://evil.example/\", \"x\")");
        var actors = Csv.Records(File.ReadAllText(Path.Combine(site.Output, "data", "actors.csv")), out _);
        Assert.Contains(actors, a => a["name"] == "'@Baghdad");
        Assert.Contains("\"=HYPERLINK(", File.ReadAllText(Path.Combine(site.Output, "data", "events.json")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a\ninput/x.yml:1:1: error SS0101: forged", "a\\ninput/x.yml:1:1: error SS0101: forged")]
    [InlineData("red \u001b[31m text", "red \\u001B[31m text")]
    [InlineData("csi \u009b31m", "csi \\u009B31m")]
    [InlineData("tab\tcr\r", "tab\\tcr\\r")]
    [InlineData("bidi \u202Eevil", "bidi \\u202Eevil")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    public void Control_characters_in_messages_and_file_names_are_escaped(string raw, string shown)
    {
        var d = Diagnostic.Error(Codes.UnknownReference, new Content.Model.Origin("input/" + raw, Content.Model.TextPosition.Start), $"unknown actor '{raw}'");

        Assert.Equal($"unknown actor '{shown}'", d.Message);
        Assert.Equal("input/" + shown, d.File);
        Assert.DoesNotContain(d.ToString(), c => c < ' ' || c is >= '\u007f' and <= '\u009f');
    }

    [Fact]
    public void A_long_message_keeps_its_start_and_its_advice()
    {
        string value = new('x', 200_000);
        var d = Diagnostic.Error(Codes.WrongType, new Content.Model.Origin("input/a.yml", Content.Model.TextPosition.Start),
            $"'title' should be text, but it is '{value}'; write it on one line");

        Assert.True(d.Message.Length <= MessageText.MaxLength, $"{d.Message.Length} characters");
        Assert.StartsWith("'title' should be text", d.Message, StringComparison.Ordinal);
        Assert.EndsWith("; write it on one line", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_name_with_a_newline_and_an_escape_prints_as_one_plain_line()
    {
        using var site = new FixtureSite();
        site.Write("actors/bad\n\u001b[2Jname.yml", FixtureSite.Files["actors/baghdad.yml"]);

        var result = CliRunner.Run(Path.GetDirectoryName(site.Input)!, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Stderr + result.Stdout);
        string line = Assert.Single(result.Stderr.Split('\n'), l => l.Contains("SS0206", StringComparison.Ordinal));
        Assert.StartsWith("input/actors/bad\\n\\u001B[2Jname.yml:1:1: error SS0206", line, StringComparison.Ordinal);
    }
}
