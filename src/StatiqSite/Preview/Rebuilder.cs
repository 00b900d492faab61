using System.Diagnostics;
using System.Threading.Channels;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Pipelines;

namespace StatiqSite.Preview;

/// <summary>
/// Turns file changes into builds. Editors save in bursts (a temporary file, a rename, a backup), so a
/// build starts only once no change has arrived for the debounce interval; changes that arrive during
/// a build make one more build after it. After each build the open pages are told what to do.
/// </summary>
public sealed class Rebuilder(BuildOptions options, Log log, DiagnosticFormat format, PreviewState state, TimeSpan debounce)
{
    private readonly Channel<string> changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly BuildSession session = new();
    private readonly string assets = Path.GetFullPath(Pipelines.ThemePipeline.AssetsFolder(options));
    private TaskCompletionSource<BuildOutcome> next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool auditPending;

    public string AssetsFolder => assets;

    public int Builds => session.Builds;

    /// <summary>Completes when the next build finishes; take it before making a change.</summary>
    public Task<BuildOutcome> NextBuild => Volatile.Read(ref next).Task;

    /// <summary>Records a changed file; files editors make on the side are ignored.</summary>
    public void Changed(string fullPath)
    {
        if (!IsNoise(Path.GetFileName(fullPath)))
        {
            changes.Writer.TryWrite(fullPath);
        }
    }

    /// <summary>
    /// The build preview starts with. Its pages are served before they are audited: the audit of every page
    /// took as long as the rest of the build, and the reader waits for the first page. <see cref="RunAsync"/>
    /// audits them next, before any rebuild, and shows what it finds over the page.
    /// </summary>
    public Task<BuildOutcome> FirstBuildAsync()
    {
        auditPending = options.Audit;
        return BuildAsync([], options with { Audit = false });
    }

    public Task<BuildOutcome> BuildAsync(IReadOnlyCollection<string> changed) => BuildAsync(changed, options);

    private async Task<BuildOutcome> BuildAsync(IReadOnlyCollection<string> changed, BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        string? oldStylesheet = Stylesheet(session.Written);
        bool hadProblems = state.Problems.Count > 0;
        var outcome = await SiteBuilder.RunAsync(options, log, session);
        DiagnosticPrinter.Print(outcome.Diagnostics, Console.Error, format);
        if (outcome.Succeeded)
        {
            state.HasGoodBuild = true;
            state.BasePath = outcome.BasePath ?? state.BasePath;
            state.Problems = [];
            state.Redirects = Redirects.Load(state.OutputPath);
            string? newStylesheet = Stylesheet(outcome.Outputs);
            bool cssOnly = changed.Count > 0 && changed.All(IsStylesheet);
            if (outcome.Changed.Count == 0 && changed.Count > 0 && !hadProblems)
            {
                log.Info("Rebuilt: nothing changed.");
            }
            else if (cssOnly && !hadProblems && oldStylesheet is not null && newStylesheet is not null && oldStylesheet != newStylesheet)
            {
                state.Live.SwapStylesheet(session.Builds, oldStylesheet, newStylesheet);
                log.Info($"Rebuilt in {clock.ElapsedMilliseconds} ms: stylesheet swapped in open pages.");
            }
            else if (changed.Count == 0 && !hadProblems)
            {
                state.Live.Reload(session.Builds);
                log.Info($"Built {outcome.Outputs.Count} files in {clock.ElapsedMilliseconds} ms.");
            }
            else
            {
                state.Live.Reload(session.Builds);
                log.Info($"Rebuilt in {clock.ElapsedMilliseconds} ms: {outcome.Changed.Count} of {outcome.Outputs.Count} files written or deleted; open pages reload.");
                log.Verbose($"{session.Cache<Incremental.FileCache>().Parsed} files parsed, {session.Cache<Incremental.MarkupCache>().Rendered} Markdown texts rendered, {session.Cache<Incremental.PageCache>().Drawn} pages drawn; the rest came from the caches");
            }
        }
        else
        {
            state.Problems = outcome.Diagnostics;
            state.Live.Problems(PreviewPages.ProblemsJson(outcome.Diagnostics));
            log.Info(state.HasGoodBuild
                ? "Build failed; still serving the last good build. Fix the file and save to try again."
                : "Build failed; nothing to serve yet. Fix the file and save to try again.");
        }

        Interlocked.Exchange(ref next, new TaskCompletionSource<BuildOutcome>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(outcome);
        return outcome;
    }

    /// <summary>Audits the first build's pages, then builds once per burst of changes until stopped.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        var reader = changes.Reader;
        try
        {
            AuditFirstBuild();
            while (true)
            {
                var batch = new HashSet<string>(StringComparer.Ordinal) { await reader.ReadAsync(stopping) };
                while (true)
                {
                    using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stopping);
                    quiet.CancelAfter(debounce);
                    try
                    {
                        batch.Add(await reader.ReadAsync(quiet.Token));
                    }
                    catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
                    {
                        break;
                    }
                }

                try
                {
                    await BuildAsync(batch);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One bad build must not end the preview; the next save tries again.
                    Console.Error.WriteLine($"internal error: {e.GetType().Name}: {Diagnostics.MessageText.Clean(e.Message)}");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void AuditFirstBuild()
    {
        if (!auditPending || session.Written is not { } written)
        {
            return;
        }

        auditPending = false;
        var (problems, summary) = Pipelines.HtmlAuditPipeline.Audit(written, session, options.Parallel());
        log.Verbose(summary);
        if (problems.Count > 0)
        {
            // Served already: shown over the page like a failed build's problems, until a rebuild audits the pages again.
            DiagnosticPrinter.Print(problems, Console.Error, format);
            state.Problems = problems;
            state.Live.Problems(PreviewPages.ProblemsJson(problems));
        }
    }

    /// <summary>Watches the input folder and the theme's assets.</summary>
    public IDisposable Watch()
    {
        var watchers = new List<FileSystemWatcher> { Watcher(options.InputPath) };
        if (Directory.Exists(assets))
        {
            watchers.Add(Watcher(assets));
        }

        return new Disposables(watchers);
    }

    private FileSystemWatcher Watcher(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Changed(e.OldFullPath);
            Changed(e.FullPath);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private bool IsStylesheet(string path) =>
        path.StartsWith(assets + Path.DirectorySeparatorChar, StringComparison.Ordinal) && path.EndsWith(".css", StringComparison.Ordinal);

    private string? Stylesheet(IReadOnlyList<Output>? outputs)
    {
        var css = outputs?.FirstOrDefault(o => o.Path.StartsWith("assets/site.", StringComparison.Ordinal) && o.Path.EndsWith(".css", StringComparison.Ordinal));
        return css is null ? null : state.BasePath + css.Path;
    }

    /// <summary>Swap files, backups and temporary files that editors write next to the real one.</summary>
    private static bool IsNoise(string name) =>
        name.Length == 0 || name.StartsWith('.') || name.EndsWith('~') || name == "4913" ||
        name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) ||
        name.EndsWith(".tmp", StringComparison.Ordinal) || name.StartsWith('#');

    private sealed class Disposables(IReadOnlyList<IDisposable> items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items)
            {
                item.Dispose();
            }
        }
    }
}
