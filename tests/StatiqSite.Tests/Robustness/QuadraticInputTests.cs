using System.Diagnostics;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Robustness;

/// <summary>
/// Every input shape known to make a parser's work grow with the square of its size, fed at a size where
/// quadratic work takes minutes (<c>[a](</c> 100,000 times did not finish in a minute; 100,000 YAML keys
/// took 47 s) and checked against a bound that linear work meets many times over, even on a busy machine.
/// Each must end in a diagnostic or a success, never a hang.
/// </summary>
public class QuadraticInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private const string Page = "pages/about.md";
    private const string Head = "---\ntitle: About\nsummary: What this is.\n---\n";

    public static TheoryData<string> Shapes => [.. Inputs.Keys];

    private static readonly Dictionary<string, (string File, Func<string> Text, bool Succeeds)> Inputs = new(StringComparer.Ordinal)
    {
        ["link openers"] = (Page, () => Head + Repeat("[a](", 100_000), false),
        ["image openers"] = (Page, () => Head + Repeat("![a](", 80_000), false),
        ["emphasis openers"] = (Page, () => Head + Repeat("*a _", 100_000), false),
        ["strikethrough"] = (Page, () => Head + Repeat("~~a", 130_000), false),
        ["footnote references"] = (Page, () => Head + Repeat("[^a]", 100_000), false),
        ["nested links"] = (Page, () => Head + new string('[', 60_000) + "a" + Repeat("](b)", 60_000), false),
        ["block quotes"] = (Page, () => Head + Repeat("> ", 200_000) + "a", false),
        ["indented list"] = (Page, () => Head + string.Concat(Enumerable.Range(0, 900).Select(i => new string(' ', i) + "- a\n")), false),
        // The densest Markdown the limits let through: 63 marks in every long paragraph, a megabyte in all.
        ["densest accepted paragraphs"] = (Page, () => Head + Repeat(Repeat("[a](", 16) + new string('a', 100_000) + "\n\n", 9), true),
        ["100,000 YAML keys"] = ("events/2020-01-04-keys.yml", () => string.Concat(Enumerable.Range(0, 100_000).Select(i => $"k{i}: v\n")), false),
        ["70,000 keys in a flow mapping"] = ("events/2020-01-04-keys.yml", () => "{" + string.Join(", ", Enumerable.Range(0, 70_000).Select(i => $"k{i}: v")) + "}\n", false),
        ["50,000 quoted keys"] = ("events/2020-01-04-keys.yml", () => string.Concat(Enumerable.Range(0, 50_000).Select(i => $"\"k{i}\": v\n")), false),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Each_known_quadratic_shape_finishes_well_inside_the_bound(string shape)
    {
        var (file, text, succeeds) = Inputs[shape];
        using var site = new FixtureSite();
        string input = text();
        Assert.True(input.Length < 1024 * 1024, "the shape must fit the file-size limit, or only that limit is tested");
        site.Write(file, input);

        var clock = Stopwatch.StartNew();
        var outcome = await site.BuildAsync(checkOnly: true);
        clock.Stop();

        Assert.True(clock.Elapsed < Bound, $"{shape}: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(succeeds ? SiteBuilder.Success : SiteBuilder.InputErrors, outcome.ExitCode);
        Assert.All(outcome.Diagnostics, d => Assert.True(d.Message.Length <= Diagnostics.MessageText.MaxLength));
    }

    private static string Repeat(string s, int times) => string.Concat(Enumerable.Repeat(s, times));
}
