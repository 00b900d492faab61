using System.Globalization;
using System.Text.Json.Nodes;
using StatiqSite.Engine;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Robustness;

/// <summary>The real site builds to the same bytes whatever the run, time zone, culture, file order or thread count.</summary>
public sealed class DeterminismTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Two_builds_of_the_real_input_are_byte_identical()
    {
        var first = await BuildInProcess(Repo.Input, "first");
        var second = await BuildInProcess(Repo.Input, "second");

        Assert.True(first.Count > 3);
        Assert.Null(Snapshot.Difference(first, second));
    }

    [Fact]
    public async Task A_sequential_build_is_byte_identical_to_a_parallel_one()
    {
        var parallel = await BuildInProcess(Repo.Input, "parallel");
        var sequential = await BuildInProcess(Repo.Input, "sequential", maxParallelism: 1);
        var two = await BuildInProcess(Repo.Input, "two", maxParallelism: 2);

        Assert.Null(Snapshot.Difference(parallel, sequential));
        Assert.Null(Snapshot.Difference(parallel, two));
    }

    [Fact]
    public async Task Files_created_in_reverse_order_build_the_same_site()
    {
        // Both copies are outside git, so that they differ only in the order their files were created. Whether
        // that changes the order the file system lists them in depends on the file system (tmpfs: yes; ext4
        // with hashed directories: no), so the scanner's own ordering is also checked directly below.
        string forward = Copy("forward-input", reverse: false);
        string backward = Copy("backward-input", reverse: true);

        var expected = await BuildInProcess(forward, "forward");
        var actual = await BuildInProcess(backward, "backward");

        Assert.Null(Snapshot.Difference(expected, actual));
    }

    [Fact]
    public void The_scanner_lists_files_in_ordinal_order_whatever_the_file_system_says()
    {
        var files = StatiqSite.Loading.InputScanner.Scan(Copy("scanned-input", reverse: true), new StatiqSite.Diagnostics.DiagnosticBag());

        Assert.True(files.Count > 20);
        Assert.Equal(files.Select(f => f.FullPath).Order(StringComparer.Ordinal), files.Select(f => f.FullPath));
    }

    private string Copy(string name, bool reverse)
    {
        string target = temp.Combine(name);
        IEnumerable<string> InOrder(IEnumerable<string> paths) => reverse ? paths.Order(StringComparer.Ordinal).Reverse() : paths.Order(StringComparer.Ordinal);
        foreach (string dir in InOrder(Directory.GetDirectories(Repo.Input, "*", SearchOption.AllDirectories)))
        {
            Directory.CreateDirectory(Path.Combine(target, Path.GetRelativePath(Repo.Input, dir)));
        }

        foreach (string file in InOrder(Directory.GetFiles(Repo.Input, "*", SearchOption.AllDirectories)))
        {
            File.Copy(file, Path.Combine(target, Path.GetRelativePath(Repo.Input, file)));
        }

        return target;
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    public async Task The_thread_culture_does_not_change_the_output(string culture)
    {
        var expected = await BuildInProcess(Repo.Input, "invariant");
        var actual = await BuildInProcess(Repo.Input, culture, culture: CultureInfo.GetCultureInfo(culture));

        Assert.Null(Snapshot.Difference(expected, actual));
    }

    public static TheoryData<string, string, bool> Environments => new()
    {
        { "Pacific/Kiritimati", "ar_SA.UTF-8", false },
        { "Pacific/Kiritimati", "tr_TR.UTF-8", false },
        { "Pacific/Kiritimati", "ar_SA.UTF-8", true },
        { "America/Adak", "tr_TR.UTF-8", true },
    };

    /// <param name="icu">Whether to run the CLI with culture data (a copy of its runtimeconfig with invariant mode off).</param>
    [Theory]
    [MemberData(nameof(Environments))]
    public async Task The_cli_builds_the_same_bytes_in_any_time_zone_and_locale(string zone, string locale, bool icu)
    {
        var expected = await BuildInProcess(Repo.Input, "expected");
        string output = temp.Combine("cli-output");
        var environment = new Dictionary<string, string>
        {
            ["TZ"] = zone,
            ["LANG"] = locale,
            ["LC_ALL"] = locale,
            ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = icu ? "0" : "1",
        };

        var result = CliRunner.RunHosted(Repo.Root, environment, icu ? ["exec", "--runtimeconfig", CultureRuntimeConfig()] : [],
            "build", "--input", Repo.Input, "--output", output);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Null(Snapshot.Difference(expected, Snapshot.Of(output)));
    }

    private string CultureRuntimeConfig()
    {
        string original = Path.ChangeExtension(Repo.CliDll, ".runtimeconfig.json");
        var json = JsonNode.Parse(File.ReadAllText(original))!;
        var properties = json["runtimeOptions"]!["configProperties"]!;
        properties["System.Globalization.Invariant"] = false;
        properties["System.Globalization.PredefinedCulturesOnly"] = false;
        string path = temp.Combine("culture.runtimeconfig.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }

    /// <param name="culture">The thread's culture for the build (invariant unless given); it flows into every task and parallel loop.</param>
    private async Task<SortedDictionary<string, string>> BuildInProcess(string input, string name, int? maxParallelism = null, CultureInfo? culture = null)
    {
        string output = temp.Combine("out-" + name);
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture ?? CultureInfo.InvariantCulture;
            var outcome = await SiteBuilder.RunAsync(
                new BuildOptions { InputPath = input, OutputPath = output, AssetsPath = Repo.Assets, MaxParallelism = maxParallelism },
                Log.Silent);
            Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }

        return Snapshot.Of(output);
    }
}
