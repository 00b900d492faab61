namespace StatiqSite.Engine;

/// <summary>
/// What a build may replace or delete. Content comes from strangers, and a committed symbolic link named
/// <c>output</c> once made a build delete what the link pointed at; so links are resolved before every
/// check, never followed when deleting, and a folder is deleted only if it carries the generator's
/// marker file, written first into every staging folder and so present in every output it swaps in.
/// </summary>
public static class OutputFolder
{
    /// <summary>The marker file's name; hidden, so hosts and the preview server do not serve it as a page.</summary>
    public const string MarkerName = ".statiqsite-output";

    private static readonly byte[] MarkerText = "This folder was written by StatiqSite; the next build replaces it whole.\n"u8.ToArray();

    private const int MaxLinks = 40;

    /// <returns>Null when the output path is acceptable; otherwise why it is refused.</returns>
    public static string? Refusal(string outputPath, string inputPath)
    {
        string output = Normalize(outputPath);
        if (FirstLink(output) is { } link)
        {
            return $"the output folder is or passes through a symbolic link ({Path.GetFileName(link)}), and a build never writes or deletes through one";
        }

        if (Path.GetPathRoot(output) == output)
        {
            return "the output folder is the root of the file system";
        }

        // The output has no link on its path, so its full path is already its real one; the others may have.
        string input = Resolve(inputPath);
        string cwd = Resolve(Directory.GetCurrentDirectory());
        string? home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } h ? Resolve(h) : null;
        if (output == input || IsInside(input, output) || IsInside(output, input))
        {
            return "the output folder is the input folder, inside it, or contains it";
        }

        if (output == cwd || IsInside(cwd, output) || (home is not null && (output == home || IsInside(home, output))))
        {
            return "the output folder is the working folder, the home folder, or a folder above one of them";
        }

        if (output.Split(Path.DirectorySeparatorChar).Any(part => part.Equals(".git", StringComparison.OrdinalIgnoreCase)))
        {
            return "the output folder is inside a repository's .git folder";
        }

        if (File.Exists(Path.Combine(output, "StatiqSite.sln")) || Path.Exists(Path.Combine(output, ".git")))
        {
            return "the output folder is a repository root";
        }

        return Unowned(output);
    }

    /// <returns>Null when <paramref name="folder"/> is missing, empty or marked as made by a build; otherwise why it may not be replaced.</returns>
    internal static string? Unowned(string folder)
    {
        var info = new DirectoryInfo(folder);
        if (!info.Exists && !File.Exists(folder) && info.LinkTarget is null)
        {
            return null;
        }

        if (info.LinkTarget is not null)
        {
            return "the output folder is a symbolic link, and a build never writes or deletes through one";
        }

        if (!info.Exists)
        {
            return "the output path is a file, not a folder";
        }

        if (IsMarked(folder) || !info.EnumerateFileSystemInfos().Any())
        {
            return null;
        }

        return $"the output folder holds files that no build wrote (it has no {MarkerName} marker); move them away, or pass --output with a new folder";
    }

    /// <summary>Creates an empty folder for a build to write into, marked as the generator's; never one reached through a link.</summary>
    internal static void Create(string folder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        Directory.CreateDirectory(folder);

        // Something may have put a link here since it was checked; writing through it would write elsewhere.
        if (new DirectoryInfo(folder).LinkTarget is not null)
        {
            throw new IOException($"{Path.GetFileName(folder)} is a symbolic link, and a build never writes through one");
        }

        using var handle = File.OpenHandle(Path.Combine(folder, MarkerName), FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, MarkerText, 0);
    }

    /// <summary>
    /// Deletes a folder a build made, without following any link inside it (a link is removed, never
    /// entered). A folder without the marker, a file or a link is refused with an <see cref="IOException"/>.
    /// </summary>
    internal static void Delete(string folder)
    {
        var info = new DirectoryInfo(folder);
        if (!info.Exists && info.LinkTarget is null)
        {
            return;
        }

        if (info.LinkTarget is not null || !IsMarked(folder))
        {
            throw new IOException($"{Path.GetFileName(folder)} was not made by a build (no {MarkerName} marker), so it was left alone");
        }

        // Deleting a large site file by file dominates a rebuild; the top-level entries go in parallel.
        OutputWriter.InParallel(() => Parallel.ForEach(info.GetFileSystemInfos(), DeleteEntry));
        info.Delete();
    }

    /// <summary>Deletes a folder this build made, keeping the first error (the one worth reporting) from being hidden by a second.</summary>
    internal static void DeleteQuietly(string folder)
    {
        try
        {
            Delete(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // What could not be deleted stays; the error that led here is the one reported.
        }
    }

    private static void DeleteEntry(FileSystemInfo entry)
    {
        if (entry is DirectoryInfo folder && entry.LinkTarget is null)
        {
            foreach (var inner in folder.EnumerateFileSystemInfos())
            {
                DeleteEntry(inner);
            }

            folder.Delete();
        }
        else
        {
            // unlink(2): for a link this removes the link itself, whatever it points at.
            File.Delete(entry.FullName);
        }
    }

    internal static bool IsMarked(string folder)
    {
        var marker = new FileInfo(Path.Combine(folder, MarkerName));
        return marker.Exists && marker.LinkTarget is null;
    }

    /// <summary>The first existing component of <paramref name="path"/> (a full path) that is a symbolic link, or null.</summary>
    private static string? FirstLink(string path)
    {
        string root = Path.GetPathRoot(path)!;
        string current = root;
        foreach (string part in path[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var info = new FileInfo(current);
            if (info.LinkTarget is not null)
            {
                return current;
            }

            if (!info.Exists && !Directory.Exists(current))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The path with every symbolic link on it replaced by what it points at, like realpath(3); missing parts are kept as written.</summary>
    internal static string Resolve(string path)
    {
        int links = 0;
        return Resolve(Normalize(path), ref links);
    }

    private static string Resolve(string full, ref int links)
    {
        string root = Path.GetPathRoot(full)!;
        string resolved = root;
        foreach (string part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            string next = Path.Combine(resolved, part);
            string? target = new FileInfo(next).LinkTarget;
            if (target is null || ++links > MaxLinks)
            {
                resolved = next;
                continue;
            }

            // A relative target is relative to the link's folder, which is already resolved here.
            resolved = Resolve(Normalize(Path.Combine(resolved, target)), ref links);
        }

        return resolved;
    }

    internal static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
