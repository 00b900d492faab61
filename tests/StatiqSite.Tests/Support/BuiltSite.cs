using System.Collections.Frozen;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Pipelines;

namespace StatiqSite.Tests.Support;

using SiteModel = StatiqSite.Content.Model.Site;

/// <summary>
/// A site built in memory (check mode writes nothing, but keeps every output), with the validated
/// <see cref="Content.Model.Site"/> it was built from, so that tests can compare what was written
/// with what was loaded.
/// </summary>
public sealed class BuiltSite
{
    private BuiltSite(SiteModel site, IReadOnlyList<Output> outputs, IReadOnlyList<Diagnostic> diagnostics)
    {
        Site = site;
        Diagnostics = diagnostics;
        Files = outputs.ToFrozenDictionary(o => o.Path, StringComparer.Ordinal);
    }

    public SiteModel Site { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Every output by its path relative to the output folder.</summary>
    public FrozenDictionary<string, Output> Files { get; }

    public string Text(string path) =>
        Files.TryGetValue(path, out var output) ? output.AsText() : throw new Xunit.Sdk.XunitException($"no output at {path}");

    public AngleSharp.Dom.IDocument Html(string path) => Support.Html.Parse(Text(path));

    public static async Task<BuiltSite> BuildAsync(string input, Uri? baseUrl = null)
    {
        var options = new BuildOptions
        {
            InputPath = input,
            OutputPath = Path.Combine(Path.GetTempPath(), "statiqsite-unused"),
            CheckOnly = true,
            BaseUrl = baseUrl,
            AssetsPath = Repo.Assets,
        };
        var outcome = await SiteBuilder.RunAsync(options, Log.Silent);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));

        var content = new ContentPipeline();
        var again = new DiagnosticBag();
        await new PipelineEngine([content]).RunAsync(options, again, Log.Silent);
        Assert.False(again.HasErrors, string.Join('\n', again.ToSortedList()));
        return new BuiltSite(content.Site, outcome.Outputs, outcome.Diagnostics);
    }
}

/// <summary>The real input/ built once per test class that asks for it.</summary>
public sealed class RealBuild : IAsyncLifetime
{
    public BuiltSite Built { get; private set; } = null!;

    public async Task InitializeAsync() => Built = await BuiltSite.BuildAsync(Repo.Input);

    public Task DisposeAsync() => Task.CompletedTask;
}
