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

    public static async Task<ContentHistory> LoadAsync(string inputPath, CancellationToken token)
    {
        string input = Path.GetFullPath(inputPath);
        string? root = (await Git(input, token, "rev-parse", "--show-toplevel"))?.Trim();
        if (string.IsNullOrEmpty(root))
        {
            return Empty;
        }

        // A record separator before each commit's day, then the files it touched; newest commit first.
        string? log = await Git(input, token, "log", "--format=%x1e%cs", "--name-only", "--no-renames", "--", ".");
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

        return new ContentHistory(days, Path.GetFullPath(root));
    }

    // Without git, or on its error, the site builds without history.
    private static async Task<string?> Git(string workingDirectory, CancellationToken token, params string[] args) =>
        await Publishing.Git.RunAsync(workingDirectory, token, args) is { Ok: true } result ? result.Output : null;
}
