using StatiqSite.Publishing;

namespace StatiqSite.Review;

/// <summary>
/// The revision a diff compares against, checked out into a temporary linked worktree so that the
/// working tree (with its uncommitted and untracked files) is left exactly as it is, and so that the
/// base's own git history gives its pages their "Last updated" dates.
/// </summary>
public sealed class BaseRevision : IAsyncDisposable
{
    private readonly string repositoryRoot;

    private BaseRevision(string repositoryRoot, string folder, string commit, string name)
    {
        this.repositoryRoot = repositoryRoot;
        Folder = folder;
        Commit = commit;
        Name = name;
    }

    /// <summary>The temporary worktree holding the base revision's files.</summary>
    public string Folder { get; }

    public string Commit { get; }

    /// <summary>The revision as asked for, or how the default was found.</summary>
    public string Name { get; }

    /// <summary>The repository's top folder for a path inside it; an error message when there is none.</summary>
    public static async Task<(string? Root, string? Error)> RepositoryRootAsync(string folder, CancellationToken token)
    {
        var result = await Git.RunAsync(folder, token, "rev-parse", "--show-toplevel");
        return result.Ok
            ? (Path.GetFullPath(result.Output.Trim()), null)
            : (null, $"the input folder is not in a git repository ({result.FirstErrorLine}); diff compares the working tree with a committed revision");
    }

    /// <summary>
    /// The commit for <paramref name="revision"/>, or by default the merge base of HEAD with the default
    /// branch (origin's HEAD when known, else origin/main, origin/master, main or master).
    /// </summary>
    public static async Task<(string? Commit, string Name, string? Error)> ResolveAsync(string root, string? revision, CancellationToken token)
    {
        if (revision is not null)
        {
            var commit = await Git.RunAsync(root, token, "rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}");
            return commit.Ok
                ? (commit.Output.Trim(), revision, null)
                : (null, revision, $"'{revision}' is not a commit in this repository; pass --base with a branch, tag or commit such as origin/main or HEAD~1");
        }

        string? branch = await DefaultBranchAsync(root, token);
        if (branch is null)
        {
            return (null, "", "no default branch was found (none of origin/HEAD, origin/main, origin/master, main, master); pass --base with the revision to compare against");
        }

        var mergeBase = await Git.RunAsync(root, token, "merge-base", "HEAD", branch);
        return mergeBase.Ok
            ? (mergeBase.Output.Trim(), $"merge base with {branch}", null)
            : (null, branch, $"HEAD and {branch} have no common commit ({mergeBase.FirstErrorLine}); pass --base with the revision to compare against");
    }

    private static async Task<string?> DefaultBranchAsync(string root, CancellationToken token)
    {
        var originHead = await Git.RunAsync(root, token, "symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD");
        if (originHead.Ok && originHead.Output.Trim() is { Length: > 0 } name)
        {
            return name;
        }

        foreach (string candidate in (string[])["origin/main", "origin/master", "main", "master"])
        {
            if ((await Git.RunAsync(root, token, "rev-parse", "--verify", "--quiet", candidate + "^{commit}")).Ok)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Checks <paramref name="commit"/> out into a new temporary folder, detached, touching no branch.</summary>
    public static async Task<(BaseRevision? Revision, string? Error)> CheckOutAsync(string root, string commit, string name, CancellationToken token)
    {
        string folder = Path.Combine(Path.GetTempPath(), "statiqsite-diff", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        var added = await Git.RunAsync(root, token, "worktree", "add", "--detach", "--quiet", folder, commit);
        if (!added.Ok)
        {
            DeleteFolder(folder);
            return (null, $"the base revision could not be checked out into a temporary worktree: {added.FirstErrorLine}");
        }

        return (new BaseRevision(root, folder, commit, name), null);
    }

    public async ValueTask DisposeAsync()
    {
        // Removing through git also forgets the worktree in .git/worktrees; the folder goes either way.
        await Git.RunAsync(repositoryRoot, CancellationToken.None, "worktree", "remove", "--force", Folder);
        DeleteFolder(Folder);
        await Git.RunAsync(repositoryRoot, CancellationToken.None, "worktree", "prune");
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary folder left behind is harmless; the diff's result does not depend on it.
        }
    }
}
