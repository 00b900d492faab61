using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Pipelines;

namespace StatiqSite.Review;

/// <summary>What <c>diff</c> is asked to compare.</summary>
public sealed record DiffRequest
{
    /// <summary>The working tree's content folder; the base uses the same folder inside its revision.</summary>
    public required string InputPath { get; init; }

    /// <summary>The revision to compare against; null for the merge base with the default branch.</summary>
    public string? BaseRevision { get; init; }

    public Uri? BaseUrl { get; init; }

    public bool Drafts { get; init; }

    /// <summary>The theme's CSS and JavaScript when a side has no <c>theme/assets</c> folder; null finds them beside the program.</summary>
    public string? AssetsPath { get; init; }

    public CancellationToken Cancellation { get; init; }
}

/// <summary>The head's diagnostics (its errors make the exit code 1) and, when it built, the report.</summary>
public sealed record DiffOutcome(int ExitCode, IReadOnlyList<Diagnostic> Diagnostics, DiffReport? Report);

/// <summary>
/// Builds the working tree and the base revision in this process, in memory (the way <c>check</c>
/// does: nothing is written, <c>output/</c> is never touched), and compares what readers would see.
/// Both sides are built by this program: a diff shows what the content changes, not the generator.
/// </summary>
public static class ContentDiff
{
    public static async Task<DiffOutcome> RunAsync(DiffRequest request, Log log)
    {
        var token = request.Cancellation;
        string input = Path.GetFullPath(request.InputPath);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // git checks the base out while the head builds; they share no files.
        var preparing = Directory.Exists(input) ? PrepareBaseAsync(input, request.BaseRevision, token) : Task.FromResult(new Prepared(null, null, null, null));
        var head = await BuildAsync(request, input, Path.GetDirectoryName(input)!, log);
        log.Verbose($"head built in {clock.ElapsedMilliseconds} ms");
        var prepared = await preparing;
        await using var worktree = prepared.Worktree;

        // If the head fails there is nothing to compare, and its diagnostics are the answer.
        if (!head.Succeeded)
        {
            return new DiffOutcome(SiteBuilder.InputErrors, head.Diagnostics, null);
        }

        if (prepared.Refusal is { } refusal)
        {
            return new DiffOutcome(SiteBuilder.InputErrors, [Diagnostic.Error(Codes.DiffRevision, new Origin(input, TextPosition.Start), refusal)], null);
        }

        var header = prepared.Header!;
        var headSnapshot = new SiteSnapshot(head.Outputs, head.BasePath ?? "/", prepared.Root!);
        string relativeInput = Path.GetRelativePath(prepared.Root!, input);
        if (worktree is null)
        {
            return Compared(header, SiteSnapshot.Empty, headSnapshot, head);
        }

        string baseInput = Path.Combine(worktree.Folder, relativeInput);
        header = header with { Sources = SourceFiles.Compare(baseInput, input, relativeInput) };
        if (!Directory.Exists(baseInput))
        {
            return Compared(header with { BaseFailure = $"the base revision has no {relativeInput.Replace('\\', '/')} folder" }, SiteSnapshot.Empty, headSnapshot, head);
        }

        var timer = System.Diagnostics.Stopwatch.StartNew();
        var built = await BuildAsync(request, baseInput, worktree.Folder, log);
        log.Verbose($"base built in {timer.ElapsedMilliseconds} ms");
        if (!built.Succeeded)
        {
            var errors = built.Diagnostics.Where(d => d.Severity == Severity.Error)
                .Select(d => d with { File = RepositoryPath(d.File, worktree.Folder) }).ToList();
            return Compared(header with { BaseFailure = $"the base revision does not build ({errors.Count} error{(errors.Count == 1 ? "" : "s")})", BaseDiagnostics = errors }, SiteSnapshot.Empty, headSnapshot, head);
        }

        timer.Restart();
        var outcome = Compared(header, new SiteSnapshot(built.Outputs, built.BasePath ?? "/", worktree.Folder), headSnapshot, head);
        log.Verbose($"compared in {timer.ElapsedMilliseconds} ms");
        return outcome;
    }

    /// <summary>The repository, the base commit and its worktree; or why there is none (Refusal: the user's to fix; a header with BaseFailure: report the head alone).</summary>
    private sealed record Prepared(string? Root, DiffReport? Header, BaseRevision? Worktree, string? Refusal);

    private static async Task<Prepared> PrepareBaseAsync(string input, string? revision, CancellationToken token)
    {
        var (root, rootError) = await BaseRevision.RepositoryRootAsync(input, token);
        if (root is null)
        {
            return new Prepared(null, null, null, rootError);
        }

        var (commit, name, resolveError) = await BaseRevision.ResolveAsync(root, revision, token);
        if (commit is null)
        {
            return new Prepared(root, null, null, resolveError);
        }

        var header = new DiffReport { BaseName = name, BaseCommit = commit };
        var (worktree, checkoutError) = await BaseRevision.CheckOutAsync(root, commit, name, token);
        return new Prepared(root, checkoutError is null ? header : header with { BaseFailure = checkoutError }, worktree, null);
    }

    private static DiffOutcome Compared(DiffReport header, SiteSnapshot before, SiteSnapshot after, BuildOutcome head) =>
        new(SiteBuilder.Success, head.Diagnostics, SiteComparison.Compare(before, after, header));

    private static Task<BuildOutcome> BuildAsync(DiffRequest request, string input, string tree, Log log)
    {
        string themeAssets = Path.Combine(tree, "theme", "assets");
        var options = new BuildOptions
        {
            InputPath = input,
            // Never written: a check-only build keeps its outputs in memory.
            OutputPath = Path.Combine(tree, "output"),
            BaseUrl = request.BaseUrl,
            Drafts = request.Drafts,
            CheckOnly = true,
            AssetsPath = Directory.Exists(themeAssets) ? themeAssets : request.AssetsPath,
            Cancellation = request.Cancellation,
        };
        return SiteBuilder.RunAsync(options, log.IsVerbose ? log : Log.Silent);
    }

    private static string RepositoryPath(string file, string tree)
    {
        string full = Path.GetFullPath(file);
        return full.StartsWith(tree + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? Path.GetRelativePath(tree, full).Replace('\\', '/') : file;
    }
}
