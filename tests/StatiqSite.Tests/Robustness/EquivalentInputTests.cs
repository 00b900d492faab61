using System.Text;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Robustness;

/// <summary>Ways of saving the same content that must build to exactly the same site.</summary>
public class EquivalentInputTests
{
    public static TheoryData<string> Variants => ["bom", "crlf", "cr", "mixed", "bom+crlf"];

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Saving_every_file_differently_gives_byte_identical_output(string variant)
    {
        using var plain = new FixtureSite();
        Assert.True((await plain.BuildAsync()).Succeeded);

        using var site = new FixtureSite();
        foreach (var (path, text) in FixtureSite.Files)
        {
            site.WriteBytes(path, Encode(text.ReplaceLineEndings("\n") + "\n", variant));
        }

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(plain.Input, "pages/about.md")), File.ReadAllBytes(Path.Combine(site.Input, "pages/about.md")));
        var outcome = await site.BuildAsync();

        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        Assert.Empty(outcome.Diagnostics);
        Assert.Null(Snapshot.Difference(Snapshot.Of(plain.Output), Snapshot.Of(site.Output)));
    }

    [Fact]
    public async Task Positions_in_a_crlf_file_are_the_same_as_in_an_lf_file()
    {
        using var site = new FixtureSite();
        string text = FixtureSite.Files["events/2003-invasion.yml"].Replace("era: early", "era: erly", StringComparison.Ordinal);
        site.WriteBytes("events/2003-invasion.yml", Encode(text + "\n", "bom+crlf"));

        var outcome = await site.BuildAsync(checkOnly: true);

        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal((3, 6), (d.Line, d.Column));
    }

    [Fact]
    public async Task A_front_matter_delimiter_in_a_code_block_of_the_body_is_just_text()
    {
        using var site = new FixtureSite();
        site.AboutBody("An example of front matter:\n\n```yaml\n---\ntitle: x\n---\n```\n");

        var outcome = await site.BuildAsync();

        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        var code = Html.Load(site.Output, "about/index.html").QuerySelector("main pre code");
        Assert.Equal("---\ntitle: x\n---\n", code?.TextContent);
    }

    private static byte[] Encode(string lf, string variant)
    {
        string text = variant switch
        {
            "crlf" or "bom+crlf" => lf.Replace("\n", "\r\n", StringComparison.Ordinal),
            "cr" => lf.Replace('\n', '\r'),
            "mixed" => Mixed(lf),
            _ => lf,
        };
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        return variant.StartsWith("bom", StringComparison.Ordinal) ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    // Cycles through LF, CRLF and CR, so that every file mixes all three.
    private static string Mixed(string lf)
    {
        var sb = new StringBuilder();
        int n = 0;
        foreach (char c in lf)
        {
            sb.Append(c == '\n' ? (n++ % 3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" } : c.ToString());
        }

        return sb.ToString();
    }
}
