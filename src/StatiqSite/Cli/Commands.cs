using System.CommandLine;
using System.Diagnostics;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Pipelines;
using StatiqSite.Preview;

namespace StatiqSite.Cli;

/// <summary>The command line: <c>build</c> (the default), <c>check</c>, <c>preview</c>, <c>new</c> and <c>diff</c>.</summary>
public static class Commands
{
    /// <summary>The preview server listens on loopback only, unless --host names another address.</summary>
    public const string DefaultHost = "127.0.0.1";

    private static readonly Option<string> Input = new("--input", "-i") { Description = "The content folder (with site.yml).", DefaultValueFactory = _ => "input" };
    private static readonly Option<string> OutputOption = new("--output", "-o") { Description = "Where the site is written; replaced as a whole on success.", DefaultValueFactory = _ => "output" };
    private static readonly Option<Uri?> BaseUrl = new("--base-url") { Description = "Overrides base_url in site.yml, e.g. https://example.org/briefing/ to host under a sub-path.", CustomParser = ParseBaseUrl };
    private static readonly Option<bool> Drafts = new("--drafts") { Description = "Include content marked draft: true." };
    private static readonly Option<bool> CheckExternal = new("--check-external") { Description = "Fetch every external link (a few at a time, with a time limit and a cache) and warn about broken ones." };
    private static readonly Option<bool> AllowPrivateAddresses = new("--allow-private-addresses") { Description = "Let --check-external fetch loopback, private and link-local addresses (refused by default: links come from content)." };
    private static readonly Option<bool> Audit = new("--audit") { Description = "Parse every built page as a browser would and fail on any script, event handler or unsafe URL (check and preview always do)." };
    private static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Log each pipeline's and phase's timing, and stack traces of internal errors." };
    private static readonly Option<DiagnosticFormat> Format = new("--format") { Description = "How to print problems: text, or github for workflow annotations (the default under GitHub Actions).", DefaultValueFactory = _ => DiagnosticPrinter.Default };
    private static readonly Option<int> Port = new("--port") { Description = "The preview server's port (0-65535; 0 picks a free one and prints it).", DefaultValueFactory = _ => 5080, Validators = { r => { if (r.GetValueOrDefault<int>() is < 0 or > 65535) { r.AddError("--port must be from 0 to 65535, such as 5080 (0 picks a free port)"); } } } };
    private static readonly Option<string> Host = new("--host") { Description = "The IP address to listen on; only loopback unless given.", DefaultValueFactory = _ => DefaultHost, CustomParser = ParseHost };

    /// <param name="siteAssemblies">Assemblies whose components replace the theme's of the same name (see <see cref="Generator"/>).</param>
    public static RootCommand Create(IReadOnlyList<System.Reflection.Assembly>? siteAssemblies = null)
    {
        siteAssemblies ??= [];
        var root = new RootCommand("Builds a briefing microsite from Markdown and YAML.");
        AddBuildOptions(root);
        root.Options.Add(Audit);
        root.SetAction((result, token) => Build(result, checkOnly: false, siteAssemblies, token));

        var build = new Command("build", "Build the site into the output folder (the default command).");
        AddBuildOptions(build);
        build.Options.Add(Audit);
        build.SetAction((result, token) => Build(result, checkOnly: false, siteAssemblies, token));

        var check = new Command("check", "Validate all content and write nothing.");
        AddBuildOptions(check);
        check.SetAction((result, token) => Build(result, checkOnly: true, siteAssemblies, token));

        var preview = new Command("preview", "Build, serve on http://localhost:5080 and rebuild on change.");
        AddBuildOptions(preview);
        preview.Options.Add(Port);
        preview.Options.Add(Host);
        preview.SetAction((result, token) => Guard(result, () => PreviewServer.RunAsync(Options(result, checkOnly: false, siteAssemblies, token) with { Drafts = true, Audit = true }, result.GetValue(Host)!, result.GetValue(Port), MakeLog(result), result.GetValue(Format), token)));

        root.Subcommands.Add(build);
        root.Subcommands.Add(check);
        root.Subcommands.Add(preview);
        root.Subcommands.Add(NewCommand.Create(Input));
        root.Subcommands.Add(DiffCommand.Create(Input, BaseUrl, Drafts, Verbose, Format, Guard));
        return root;
    }

    private static void AddBuildOptions(Command command)
    {
        foreach (var option in new Option[] { Input, OutputOption, BaseUrl, Drafts, CheckExternal, AllowPrivateAddresses, Verbose, Format })
        {
            command.Options.Add(option);
        }
    }

    private static Task<int> Build(ParseResult result, bool checkOnly, IReadOnlyList<System.Reflection.Assembly> siteAssemblies, CancellationToken token) => Guard(result, async () =>
    {
        var log = MakeLog(result);
        var clock = Stopwatch.StartNew();
        var outcome = await SiteBuilder.RunAsync(Options(result, checkOnly, siteAssemblies, token), log);
        DiagnosticPrinter.Print(outcome.Diagnostics, Console.Error, result.GetValue(Format));
        int errors = outcome.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
        int warnings = outcome.Diagnostics.Count - errors;
        if (outcome.Succeeded)
        {
            string what = checkOnly ? "Checked" : $"Built {outcome.Outputs.Count} files into {result.GetValue(OutputOption)}";
            log.Info($"{what} in {clock.ElapsedMilliseconds} ms ({warnings} warning{(warnings == 1 ? "" : "s")}).");
            log.Verbose(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"GC: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections (gen 0/1/2), {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused, {GC.GetTotalAllocatedBytes() / 1048576} MiB allocated, CPU {Environment.CpuUsage.TotalTime.TotalMilliseconds:F0} ms; JIT: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms"));
        }
        else
        {
            Console.Error.WriteLine($"{(checkOnly ? "Check" : "Build")} failed: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}.{(checkOnly ? "" : " The previous output was left as it was.")}");
        }

        return outcome.ExitCode;
    });

    /// <summary>Turns an unexpected exception into one line and exit code 2; bad input never gets here.</summary>
    internal static async Task<int> Guard(ParseResult result, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (OperationCanceledException)
        {
            return 130;
        }
        catch (IOException e) when (e.Message.StartsWith("Failed to bind", StringComparison.Ordinal))
        {
            // Another program has the preview port: the user's to fix, not a bug.
            Console.Error.WriteLine($"error: {e.Message.TrimEnd('.')}; stop the other program or choose another port with --port");
            return SiteBuilder.InputErrors;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            bool verbose = result.GetValue(Verbose);
            Console.Error.WriteLine($"internal error: {e.GetType().Name}: {Diagnostics.MessageText.Clean(e.Message)}{(verbose ? string.Empty : " (run again with --verbose for details; this is a bug in the generator, not in your content)")}");
            if (verbose)
            {
                Console.Error.WriteLine(e);
            }

            return SiteBuilder.InternalError;
        }
    }

    private static BuildOptions Options(ParseResult result, bool checkOnly, IReadOnlyList<System.Reflection.Assembly> siteAssemblies, CancellationToken token) => new()
    {
        SiteAssemblies = siteAssemblies,
        InputPath = Path.GetFullPath(result.GetValue(Input)!),
        OutputPath = Path.GetFullPath(result.GetValue(OutputOption)!),
        BaseUrl = result.GetValue(BaseUrl),
        Drafts = result.GetValue(Drafts),
        CheckExternal = result.GetValue(CheckExternal),
        AllowPrivateAddresses = result.GetValue(AllowPrivateAddresses),
        CheckOnly = checkOnly,
        Audit = checkOnly || (result.GetResult(Audit) is not null && result.GetValue(Audit)),
        Cancellation = token,
    };

    private static Log MakeLog(ParseResult result) => new(Console.Out, result.GetValue(Verbose));

    private static string ParseHost(System.CommandLine.Parsing.ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : DefaultHost;
        if (string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return DefaultHost;
        }

        if (System.Net.IPAddress.TryParse(text, out var address))
        {
            return address.ToString();
        }

        result.AddError($"--host must be an IP address such as 127.0.0.1 (the default, this machine only) or 0.0.0.0 (every network), not '{text}'");
        return DefaultHost;
    }

    private static Uri? ParseBaseUrl(System.CommandLine.Parsing.ArgumentResult result)
    {
        string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
        }

        result.AddError($"--base-url must be an absolute http(s) URL such as https://example.org/briefing/, not '{text}'");
        return null;
    }
}
