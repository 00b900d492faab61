using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;

namespace StatiqSite.Engine;

/// <summary>
/// Where a build may write, and how its files are written: all of them under a new folder (see
/// <see cref="StagedWrite"/>, which swaps a whole site in), or only the changed ones in place (preview).
/// </summary>
public static class OutputWriter
{
    /// <returns>Null when the output path is acceptable; otherwise why it is refused.</returns>
    public static string? Refusal(string outputPath, string inputPath)
    {
        string output = Normalize(outputPath);
        string input = Normalize(inputPath);
        string cwd = Normalize(Directory.GetCurrentDirectory());
        string? home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) is { Length: > 0 } h ? Normalize(h) : null;
        if (Path.GetPathRoot(output) == output)
        {
            return "the output folder is the root of the file system";
        }

        if (output == input || IsInside(input, output))
        {
            return "the output folder is the input folder or contains it";
        }

        if (output == cwd || IsInside(cwd, output) || output == home)
        {
            return "the output folder is the working folder, a folder above it, or the home folder";
        }

        if (File.Exists(Path.Combine(output, "StatiqSite.sln")) || Directory.Exists(Path.Combine(output, ".git")))
        {
            return "the output folder is a repository root";
        }

        return null;
    }

    /// <summary>
    /// Brings an output folder that holds <paramref name="previous"/> up to <paramref name="outputs"/> in
    /// place, for preview: only files whose bytes changed are written (each to a temporary file renamed
    /// over the old one, so the server never sends half a file), and files no longer made are deleted.
    /// </summary>
    /// <returns>The paths written or deleted.</returns>
    public static IReadOnlyList<string> WriteChanges(IReadOnlyList<Output> outputs, IReadOnlyList<Output> previous, string outputPath, DiagnosticBag diagnostics)
    {
        string root = Normalize(outputPath);
        var before = new Dictionary<string, ReadOnlyMemory<byte>>(previous.Count, StringComparer.Ordinal);
        foreach (var o in previous)
        {
            before[o.Path] = o.Bytes;
        }

        var changed = new List<string>();
        var written = new List<Output>();
        foreach (var o in outputs)
        {
            if (!before.Remove(o.Path, out var old) || !old.Span.SequenceEqual(o.Bytes.Span))
            {
                written.Add(o);
            }
        }

        try
        {
            Parallel.ForEach(written, o =>
            {
                string target = Target(root, o.Path);
                string folder = Path.GetDirectoryName(target)!;
                Directory.CreateDirectory(folder);
                string temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
                using (var handle = File.OpenHandle(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    RandomAccess.Write(handle, o.Bytes.Span, 0);
                }

                File.Move(temporary, target, overwrite: true);
            });

            foreach (string gone in before.Keys.Order(StringComparer.Ordinal))
            {
                string target = Target(root, gone);
                File.Delete(target);
                RemoveEmptyFolders(Path.GetDirectoryName(target)!, root);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputRefused, new Origin(outputPath, TextPosition.Start), $"the site could not be written: {e.Message}");
        }

        changed.AddRange(written.Select(o => o.Path));
        changed.AddRange(before.Keys);
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    private static void RemoveEmptyFolders(string folder, string root)
    {
        while (folder.Length > root.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }

    /// <summary>
    /// Writes every output under a new, empty folder: each folder is created once, then the files are
    /// written in parallel, each with one open and one write.
    /// </summary>
    internal static void WriteAll(IReadOnlyList<Output> outputs, string root)
    {
        var targets = new string[outputs.Count];
        var folders = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < outputs.Count; i++)
        {
            targets[i] = Target(root, outputs[i].Path);
            string folder = Path.GetDirectoryName(targets[i])!;
            if (folders.Add(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        Parallel.For(0, outputs.Count, i =>
        {
            using var handle = File.OpenHandle(targets[i], FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, outputs[i].Bytes.Span, 0);
        });
    }

    /// <summary>The full path of an output under a root; an output whose path would leave the root is a bug.</summary>
    internal static string Target(string root, string relative)
    {
        string target = Path.GetFullPath(Path.Combine(root, relative));
        if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"output path escapes the output folder: {relative}");
        }

        return target;
    }

    internal static void DeleteIfExists(string path)
    {
        if (!Directory.Exists(path))
        {
            return;
        }

        // Deleting a large site file by file dominates a rebuild; the top-level folders go in parallel.
        var folders = Directory.GetDirectories(path);
        Parallel.ForEach(folders, folder => Directory.Delete(folder, recursive: true));
        Directory.Delete(path, recursive: true);
    }

    internal static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsInside(string path, string folder) =>
        path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
