using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using StatiqSite.Diagnostics;
using StatiqSite.Loading;

namespace StatiqSite.Incremental;

/// <summary>
/// The records read from each content file, kept between preview builds and keyed by the file's path and
/// the SHA-256 of its text (as read: decoded, with normalised line endings): a file whose bytes did not change is not parsed again, and gives back the
/// very same record objects (which is what lets later stages see that nothing changed). A file whose
/// size and modification time are unchanged is not even read. The problems found in a file are kept
/// with its records and reported again on every build, as a clean build would. It still has two jobs
/// now that pages record their reads (<see cref="PageCache"/>): it saves parsing, and the same objects
/// are what lets a page's read of an unedited record answer "the same" without comparing its fields.
/// </summary>
public sealed class FileCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    private int parsed;

    /// <summary>How many files the last build parsed, for tests and the log.</summary>
    public int Parsed => parsed;

    public IReadOnlyList<object> Read(InputFile file, DiagnosticBag diagnostics)
    {
        var info = new FileInfo(file.FullPath);
        info.Refresh();
        long length = info.Exists ? info.Length : -1;
        var modified = info.Exists ? info.LastWriteTimeUtc : DateTime.MinValue;
        if (entries.TryGetValue(file.FullPath, out var entry) && entry.File == file && entry.Length == length && entry.Modified == modified)
        {
            return entry.Replay(diagnostics);
        }

        var local = new DiagnosticBag();
        string? text = TextFile.Read(file.FullPath, file.Origin, local);
        byte[] hash = text is null ? [] : SHA256.HashData(MemoryMarshal.AsBytes(text.AsSpan()));
        if (entry is not null && entry.File == file && text is not null && entry.Hash.AsSpan().SequenceEqual(hash))
        {
            entries[file.FullPath] = entry with { Length = length, Modified = modified };
            return entry.Replay(diagnostics);
        }

        Interlocked.Increment(ref parsed);
        IReadOnlyList<object> records = text is null ? [] : [.. ContentLoader.Parse(file, text, local)];
        var fresh = new Entry(file, length, modified, hash, records, local.ToSortedList());
        entries[file.FullPath] = fresh;
        return fresh.Replay(diagnostics);
    }

    /// <summary>Forgets files that are gone, and starts counting the next build's parses.</summary>
    public void Keep(IReadOnlyList<InputFile> files)
    {
        var present = new HashSet<string>(files.Select(f => f.FullPath), StringComparer.Ordinal);
        foreach (string path in entries.Keys)
        {
            if (!present.Contains(path))
            {
                entries.TryRemove(path, out _);
            }
        }
    }

    public void ResetCount() => Interlocked.Exchange(ref parsed, 0);

    private sealed record Entry(InputFile File, long Length, DateTime Modified, byte[] Hash, IReadOnlyList<object> Records, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public IReadOnlyList<object> Replay(DiagnosticBag diagnostics)
        {
            foreach (var d in Diagnostics)
            {
                diagnostics.Add(d);
            }

            return Records;
        }
    }
}
