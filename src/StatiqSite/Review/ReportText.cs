namespace StatiqSite.Review;

/// <summary>The sentences every format of the report shares, so the terminal, the comment and the page say the same.</summary>
public static class ReportText
{
    public static string Heading(DiffReport r) => $"Content diff: {r.BaseName} ({r.ShortCommit}) → working tree";

    public static string Summary(DiffReport r)
    {
        if (r.NoChange)
        {
            return $"No change that readers would see ({r.HeadPages} pages{(r.Incidental.Count > 0 ? $"; {Count(r.Incidental.Count, "page")} with incidental changes only" : "")}).";
        }

        var parts = new List<string>
        {
            $"{Count(r.Changed.Count, "page")} changed",
            $"{r.Added.Count} added",
            $"{r.Removed.Count} removed",
        };
        if (r.Markup.Count > 0)
        {
            parts.Add($"{r.Markup.Count} with markup or layout changes only");
        }

        if (r.Incidental.Count > 0)
        {
            parts.Add($"{r.Incidental.Count} with incidental changes only");
        }

        parts.Add($"{Count(r.Moves.Count, "event")} moved in the timeline");
        parts.Add($"{Count(r.Figures.Count, "figure")} with a new latest value");
        parts.Add($"{Count(r.Corrections.Count, "correction")} added");
        return string.Join(", ", parts) + ".";
    }

    public static string BaseFailure(DiffReport r) =>
        $"The base did not build: {r.BaseFailure}. Every page the working tree builds is listed as added.";

    public static string Move(TimelineMove m) =>
        $"“{m.Title}” moved: it came {Between(m.FromAfter, m.FromBefore)}; it now comes {Between(m.ToAfter, m.ToBefore)}.";

    public static string Figure(FigureChange f) => $"{f.Before ?? "(no figure)"} → {f.After ?? "(figure removed)"}";

    public static string Field(FieldChange f) => $"{f.Name}: “{f.Before ?? ""}” → “{f.After ?? ""}”";

    public static string Source(PageChange p) => p.Source ?? "built from many files";

    /// <summary>A passage of a word diff, each run escaped for the format and removed and added runs wrapped in its marks.</summary>
    public static string Hunk(TextHunk hunk, Func<string, string> escape, (string Open, string Close) removed, (string Open, string Close) added) =>
        string.Join(' ', hunk.Runs.Select(run => run.Kind switch
        {
            EditKind.Removed => removed.Open + escape(run.Text) + removed.Close,
            EditKind.Added => added.Open + escape(run.Text) + added.Close,
            _ => escape(run.Text),
        }));

    public static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    public static string SourceChange(SourceChange s) => $"{s.Kind switch { 'A' => "added", 'D' => "deleted", _ => "modified" }} {s.Path}";

    private static string Between(string? after, string? before) => (after, before) switch
    {
        (null, null) => "alone",
        (null, { } b) => $"first, before “{b}”",
        ({ } a, null) => $"last, after “{a}”",
        ({ } a, { } b) => $"after “{a}” and before “{b}”",
    };
}
