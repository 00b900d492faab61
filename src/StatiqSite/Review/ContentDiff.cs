using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;

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

        // The head first: if it fails there is nothing to compare, and its diagnostics are the answer.
        var head = await BuildAsync(request, input, Path.GetDirectoryName(input)!, log);
        log.Verbose($"head built in {clock.ElapsedMilliseconds} ms");
        if (!head.Succeeded)
        {
            return new DiffOutcome(SiteBuilder.InputErrors, head.Diagnostics, null);
        }

        var (root, rootError) = await BaseRevision.RepositoryRootAsync(input, token);
        if (root is null)
        {
            return Refused(input, rootError!);
        }

        var (commit, name, resolveError) = await BaseRevision.ResolveAsync(root, request.BaseRevision, token);
        if (commit is null)
        {
            return Refused(input, resolveError!);
        }

        var header = new DiffReport { BaseName = name, BaseCommit = commit };
        var headSnapshot = new SiteSnapshot(head.Outputs, head.BasePath ?? "/", root);
        string relativeInput = Path.GetRelativePath(root, input);
        var (worktree, checkoutError) = await BaseRevision.CheckOutAsync(root, commit, name, token);
        if (worktree is null)
        {
            return Compared(header with { BaseFailure = checkoutError }, SiteSnapshot.Empty, headSnapshot, head);
        }

        await using (worktree)
        {
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

            return Compared(header, new SiteSnapshot(built.Outputs, built.BasePath ?? "/", worktree.Folder), headSnapshot, head);
        }
    }

    private static DiffOutcome Compared(DiffReport header, SiteSnapshot before, SiteSnapshot after, BuildOutcome head) =>
        new(SiteBuilder.Success, head.Diagnostics, SiteComparison.Compare(before, after, header));

    private static DiffOutcome Refused(string input, string message) =>
        new(SiteBuilder.InputErrors, [Diagnostic.Error(Codes.DiffRevision, new Origin(input, TextPosition.Start), message)], null);

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
