using System.Text.RegularExpressions;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Yaml;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Robustness;

/// <summary>The fixture site built once; each case starts from a copy of its output.</summary>
public sealed class BuiltFixture : IAsyncLifetime
{
    public FixtureSite Site { get; } = new();

    public SortedDictionary<string, string> Output { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var outcome = await Site.BuildAsync();
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        Output = Snapshot.Of(Site.Output);
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>
/// Runs every catalogue case: in-process for all of them, and through the real CLI for a representative
/// subset, checking the code, file and line, the exit code, that no stack trace or exception name leaks,
/// and that the previous output is byte for byte what it was.
/// </summary>
public sealed partial class CatalogueTests(BuiltFixture built) : IClassFixture<BuiltFixture>
{
    /// <summary>One or more cases of each kind, run as a user would run them.</summary>
    internal static readonly string[] ThroughCli =
    [
        "yaml/unclosed-double-quote", "yaml/billion-laughs", "yaml/deep-nesting", "type/enum", "missing/required-field",
        "ref/affiliation-cycle", "date/impossible-day", "date/winter-of-year-9999", "md/front-matter-delimiter-inside-code-block",
        "md/unknown-actor-link", "md/broken-site-link", "html/onerror-attribute", "url/javascript-tab-entity", "path/id-with-nul", "path/event-file-named-dot-dot",
        "enc/latin-1", "enc/ten-megabytes", "link/file-pointing-outside", "link/dangling", "link/loop",
    ];

    // Long enough for any helpful message (some name two files), short enough that no value is echoed whole.
    private const int MaxMessage = 500;

    public static TheoryData<string> Cases => [.. Catalogue.All.Select(c => c.Name)];

    public static TheoryData<string> CliCases => [.. ThroughCli];

    [Fact]
    public void The_catalogue_is_large_and_its_names_unique()
    {
        Assert.True(Catalogue.All.Count >= 35, $"only {Catalogue.All.Count} cases");
        Assert.Equal(Catalogue.All.Count, Catalogue.All.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(ThroughCli, name => Catalogue.Named(name));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task In_process(string name)
    {
        var c = Catalogue.Named(name);
        using var site = new FixtureSite();
        Snapshot.CopyFolder(built.Site.Output, site.Output);
        c.Change(site);

        var outcome = await site.BuildAsync();

        var found = outcome.Diagnostics.Select(d => d with { File = Relative(d.File, site) }).ToList();
        string all = string.Join('\n', found);
        var match = found.FirstOrDefault(d => d.Code == c.Code && d.File == c.File && d.Line == c.Line && d.Severity == c.Severity);
        Assert.True(match is not null, $"expected {c.Severity} {c.Code} at {c.File}:{c.Line}; got:\n{all}");
        if (c.Column is { } column)
        {
            Assert.Equal(column, match.Column);
        }

        if (c.Says is { } words)
        {
            Assert.True(match.Message.Contains(words, StringComparison.Ordinal), match.Message);
        }

        // One mistake, a few lines: a cascade of follow-on messages would hide the one that matters.
        Assert.True(found.Count <= 3, $"{found.Count} diagnostics for one mistake:\n{all}");
        var unexpected = found.Where(d => d.Severity == Severity.Error && d.Code != c.Code && !c.AlsoAllowed.Contains(d.Code)).ToList();
        Assert.True(unexpected.Count == 0, $"unexpected errors besides {c.Code}:\n{all}");
        Assert.All(found, d => Assert.DoesNotMatch(ExceptionName(), d.Message));
        Assert.All(found, d => Assert.True(d.Message.Length <= MaxMessage, $"a {d.Message.Length}-character message: {Fields.Show(d.Message)}"));

        if (c.Severity == Severity.Error)
        {
            Assert.Equal(SiteBuilder.InputErrors, outcome.ExitCode);
            Assert.Null(Snapshot.Difference(built.Output, Snapshot.Of(site.Output)));
            Assert.Empty(Directory.GetDirectories(site.Root(), ".output.*"));
        }
        else
        {
            Assert.Equal(SiteBuilder.Success, outcome.ExitCode);
        }
    }

    [Theory]
    [MemberData(nameof(CliCases))]
    public void Through_the_cli(string name)
    {
        var c = Catalogue.Named(name);
        using var site = new FixtureSite();
        Snapshot.CopyFolder(built.Site.Output, site.Output);
        c.Change(site);

        var result = CliRunner.Run(site.Root(), "build");

        Assert.Equal(SiteBuilder.InputErrors, result.ExitCode);
        string expected = $"input/{c.File}:{c.Line}:";
        Assert.Contains(result.Stderr.Split('\n'), line =>
            line.StartsWith(expected, StringComparison.Ordinal) && line.Contains($": error {c.Code}: ", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Stderr + result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExceptionName(), result.Stderr + result.Stdout);
        Assert.Contains("The previous output was left as it was.", result.Stderr, StringComparison.Ordinal);
        Assert.Null(Snapshot.Difference(built.Output, Snapshot.Of(site.Output)));
    }

    private static string Relative(string file, FixtureSite site)
    {
        string prefix = site.Input + "/";
        return file.StartsWith(prefix, StringComparison.Ordinal) ? file[prefix.Length..] : file;
    }

    [GeneratedRegex(@"\b[A-Z][A-Za-z]*Exception\b")]
    private static partial Regex ExceptionName();
}
