using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;

namespace StatiqSite.Engine;

/// <summary>
/// How a build's files are written: all of them under a new folder (see
/// <see cref="StagedWrite"/>, which swaps a whole site in), or only the changed ones in place (preview).
/// </summary>
public static class OutputWriter
{
    /// <summary>
    /// Brings an output folder that holds <paramref name="previous"/> up to <paramref name="outputs"/> in
    /// place, for preview: only files whose bytes changed are written (each to a temporary file renamed
    /// over the old one, so the server never sends half a file), and files no longer made are deleted.
    /// </summary>
    /// <returns>The paths written or deleted.</returns>
    public static IReadOnlyList<string> WriteChanges(IReadOnlyList<Output> outputs, IReadOnlyList<Output> previous, string outputPath, DiagnosticBag diagnostics)
    {
        string root = OutputFolder.Normalize(outputPath);
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
            InParallel(() => Parallel.ForEach(written, o => Replace(Target(root, o.Path), o.Bytes.Span)));

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

        InParallel(() => Parallel.For(0, outputs.Count, i =>
        {
            using var handle = File.OpenHandle(targets[i], FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, outputs[i].Bytes.Span, 0);
        }));
    }

    /// <summary>
    /// Runs a parallel loop of file operations, rethrowing the first file error itself rather than the
    /// loop's <see cref="AggregateException"/>, so that a full disk is reported as one, not as a crash.
    /// </summary>
    internal static void InParallel(Action loop)
    {
        try
        {
            loop();
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException) is { } first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }
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

    /// <summary>
    /// Replaces a file by writing a temporary one beside it and renaming it over the old: a reader never
    /// sees half a file, and a symbolic link at <paramref name="target"/> is replaced, never written through.
    /// </summary>
    public static void Replace(string target, ReadOnlySpan<byte> bytes)
    {
        string folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        string temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var handle = File.OpenHandle(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                RandomAccess.Write(handle, bytes, 0);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Half a temporary file on a full disk is litter; the error is what the caller reports.
            File.Delete(temporary);
            throw;
        }
    }
}
