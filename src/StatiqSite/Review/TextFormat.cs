namespace StatiqSite.Review;

/// <summary>The report for the terminal: removed words as [-…-], added words as {+…+}.</summary>
public static class TextFormat
{
    public static string Write(DiffReport r)
    {
        var w = new System.Text.StringBuilder();
        w.Append(ReportText.Heading(r)).Append('\n');
        if (r.BaseFailure is not null)
        {
            w.Append(ReportText.BaseFailure(r)).Append('\n');
            foreach (var d in r.BaseDiagnostics)
            {
                w.Append("  ").Append(d).Append('\n');
            }
        }

        w.Append(ReportText.Summary(r)).Append('\n');
        Section(w, "Content files changed", r.Sources, s => ReportText.SourceChange(s));
        Section(w, "Pages added", r.Added, p => $"+ {p.Url}  {p.Title}  ({ReportText.Source(p)})");
        Section(w, "Pages removed", r.Removed, p => $"- {p.Url}  {p.Title}  ({ReportText.Source(p)})");
        Section(w, "Pages changed", r.Changed, Page);
        Section(w, "Timeline order", r.Moves, ReportText.Move);
        Section(w, "Figures whose latest value changed", r.Figures, f => $"{f.Title} ({f.Url}): {ReportText.Figure(f)}");
        Section(w, "Corrections added", r.Corrections, c => $"{c.Url}: {c.Text}");
        Section(w, "Pages with markup or layout changes only", r.Markup, p => $"{p.Url}: {string.Join("; ", p.Notes)}");
        Section(w, "Pages with incidental changes only", r.Incidental, p => $"{p.Url}: {string.Join("; ", p.Notes)}");
        Section(w, "Other files changed", r.OtherFiles, s => ReportText.SourceChange(s));
        return w.ToString();
    }

    private static string Page(PageChange p)
    {
        var lines = new List<string> { $"~ {p.Url}  {p.Title}  ({ReportText.Source(p)})" };
        lines.AddRange(p.Fields.Select(f => "    " + ReportText.Field(f)));
        lines.AddRange(p.Text.Select(h => "    … " + Hunk(h) + " …"));
        if (p.CitationsAdded.Count > 0)
        {
            lines.Add("    citations added: " + string.Join(", ", p.CitationsAdded));
        }

        if (p.CitationsRemoved.Count > 0)
        {
            lines.Add("    citations removed: " + string.Join(", ", p.CitationsRemoved));
        }

        return string.Join('\n', lines);
    }

    private static string Hunk(TextHunk h) => ReportText.Hunk(h, text => text, ("[-", "-]"), ("{+", "+}"));

    private static void Section<T>(System.Text.StringBuilder w, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.Append('\n').Append(title).Append(" (").Append(items.Count).Append("):\n");
        foreach (var item in items)
        {
            w.Append("  ").Append(line(item)).Append('\n');
        }
    }
}
