using System.Globalization;

namespace StatiqSite.Publishing;

/// <summary>
/// When each content file last changed, from one <c>git log</c> over the whole input folder (not one
/// call per file), and where the input folder sits in the repository, for "Edit this page". Dates
/// are the committer's calendar day as recorded in the commit, so the same commit gives the same
/// dates on any machine, in any time zone. Without git, or outside a repository, it is empty and
/// pages fall back to the dates in their front matter.
/// </summary>
public sealed class ContentHistory
{
    private readonly Dictionary<string, DateOnly> lastChanged;

    // Asking the system for the working folder on every page showed in the profile of a large site.
    private readonly string workingFolder = Directory.GetCurrentDirectory();

    private ContentHistory(Dictionary<string, DateOnly> lastChanged, string? repositoryRoot)
    {
        this.lastChanged = lastChanged;
        RepositoryRoot = repositoryRoot;
    }

    public static ContentHistory Empty { get; } = new(new Dictionary<string, DateOnly>(StringComparer.Ordinal), null);

    /// <summary>The repository's top folder, or null when the input is not in a git repository.</summary>
    public string? RepositoryRoot { get; }

    public int Count => lastChanged.Count;

    /// <summary>The day a file was last committed; null when git knows nothing of it.</summary>
    public DateOnly? LastChanged(string? file)
    {
        if (file is null || lastChanged.Count == 0)
        {
            return null;
        }

        return lastChanged.TryGetValue(Path.GetFullPath(file, workingFolder), out var day) ? day : null;
    }

    /// <summary>A file's path inside the repository, '/' separated; null when it is outside it.</summary>
    public string? RepositoryPath(string file)
    {
        string full = Path.GetFullPath(file, workingFolder);
        string root = RepositoryRoot ?? workingFolder;
        string relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative) ? null : relative;
    }

    /// <summary>
    /// Reads the history, or in preview gives back the one the last build read (<paramref name="kept"/>) while
    /// the repository's HEAD has not moved: only a commit, checkout or reset changes the history, and asking git
    /// took about 20 ms of each rebuild.
    /// </summary>
    public static async Task<ContentHistory> LoadAsync(string inputPath, CancellationToken token, Kept? kept = null)
    {
        string input = Path.GetFullPath(inputPath);
        if (kept?.Unchanged(input) is { } same)
        {
            return same;
        }

        // A record separator before each commit's day, then the files it touched; newest commit first.
        string[] logCommand = ["log", "--format=%x1e%cs", "--name-only", "--no-renames", "--", "."];

        // Two process starts, most of a small site's input phase: side by side, unless the history is to be kept,
        // when HEAD's stamp must be taken before the log starts, so that a commit made meanwhile is read next time.
        var logged = kept is null ? Git(input, token, logCommand) : null;
        string[] repository = (await Git(input, token, "rev-parse", "--show-toplevel", "--absolute-git-dir"))?
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        var stamp = repository.Length == 2 && kept is not null ? HeadStamp.Of(repository[1]) : null;
        string? log = await (logged ?? (repository.Length == 2 ? Git(input, token, logCommand) : Task.FromResult<string?>(null)));
        if (repository.Length != 2)
        {
            return Empty;
        }

        string root = repository[0];
        var days = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        if (log is not null)
        {
            foreach (string commit in log.Split('\u001e', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] lines = commit.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (lines.Length == 0 || !DateOnly.TryParseExact(lines[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    continue;
                }

                foreach (string path in lines.Skip(1))
                {
                    days.TryAdd(Path.GetFullPath(Path.Combine(root, path)), day);
                }
            }
        }

        var history = new ContentHistory(days, Path.GetFullPath(root));
        kept?.Keep(input, stamp, history);
        return history;
    }

    /// <summary>The history a preview session read last, and the state of HEAD it was read at.</summary>
    public sealed class Kept
    {
        private (string Input, HeadStamp Stamp, ContentHistory History)? last;

        internal ContentHistory? Unchanged(string input) =>
            last is { } known && known.Input == input && known.Stamp == HeadStamp.Of(known.Stamp.GitFolder) ? known.History : null;

        internal void Keep(string input, HeadStamp? stamp, ContentHistory history) =>
            last = stamp is null ? null : (input, stamp, history);
    }

    /// <summary>
    /// Where HEAD stands, from the files git rewrites when it moves: HEAD itself (a checkout) and its reflog, to
    /// which every commit, reset, merge and checkout appends. Null when the repository keeps no reflog, and then
    /// every build asks git.
    /// </summary>
    internal sealed record HeadStamp(string GitFolder, DateTime HeadWritten, DateTime LogWritten, long LogLength)
    {
        public static HeadStamp? Of(string gitFolder)
        {
            var head = new FileInfo(Path.Combine(gitFolder, "HEAD"));
            var log = new FileInfo(Path.Combine(gitFolder, "logs", "HEAD"));
            return head.Exists && log.Exists ? new HeadStamp(gitFolder, head.LastWriteTimeUtc, log.LastWriteTimeUtc, log.Length) : null;
        }
    }

    // Without git, or on its error, the site builds without history.
    private static async Task<string?> Git(string workingDirectory, CancellationToken token, params string[] args) =>
        await Publishing.Git.RunAsync(workingDirectory, token, args) is { Ok: true } result ? result.Output : null;
}
