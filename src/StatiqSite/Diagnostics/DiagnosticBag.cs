using System.Collections.Concurrent;
using StatiqSite.Content.Model;

namespace StatiqSite.Diagnostics;

/// <summary>A thread-safe collector; pipelines running in parallel report into one bag.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();
    private int errors;

    public bool HasErrors => Volatile.Read(ref errors) > 0;

    public int ErrorCount => Volatile.Read(ref errors);

    public void Add(Diagnostic diagnostic)
    {
        items.Enqueue(diagnostic);
        if (diagnostic.Severity == Severity.Error)
        {
            Interlocked.Increment(ref errors);
        }
    }

    public void Error(string code, Origin at, string message) => Add(Diagnostic.Error(code, at, message));

    public void Warning(string code, Origin at, string message) => Add(Diagnostic.Warning(code, at, message));

    /// <summary>Sorted by file and position, so that output does not depend on thread timing.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. items.Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
