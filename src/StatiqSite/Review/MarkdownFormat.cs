using System.Text;

namespace StatiqSite.Review;

/// <summary>
/// The report as one pull-request comment: a summary, then each group in a collapsible
/// <c>&lt;details&gt;</c>. GitHub refuses comments over 65,536 characters, so items are added while
/// they fit and the rest is cut with a note that says how many were left out.
/// </summary>
public static class MarkdownFormat
{
    /// <summary>The hidden first line the workflow finds its own comment by, to update it instead of adding another.</summary>
    public const string Marker = "<!-- statiqsite-content-diff -->";

    public const int GitHubLimit = 65_536;

    // Room kept for closing the open section and the note on what was cut.
    private const int Reserve = 600;

    public static string Write(DiffReport r, int limit = GitHubLimit, string? reportUrl = null)
    {
        var sections = new List<(string Title, List<string> Items)>
        {
            ("Pages changed", [.. r.Changed.Select(Page)]),
            ("Pages added", [.. r.Added.Select(p => $"- `{Code(p.Url)}` {Escape(p.Title)} ({Escape(ReportText.Source(p))})\n")]),
            ("Pages removed", [.. r.Removed.Select(p => $"- `{Code(p.Url)}` {Escape(p.Title)} ({Escape(ReportText.Source(p))})\n")]),
            ("Timeline order", [.. r.Moves.Select(m => $"- {Escape(ReportText.Move(m))}\n")]),
            ("Figures whose latest value changed", [.. r.Figures.Select(f => $"- {Escape(f.Title)} (`{Code(f.Url)}`): {Escape(ReportText.Figure(f))}\n")]),
            ("Corrections added", [.. r.Corrections.Select(c => $"- `{Code(c.Url)}`: {Escape(c.Text)}\n")]),
            ("Content files changed", [.. r.Sources.Select(s => $"- {Escape(ReportText.SourceChange(s))}\n")]),
            ("Pages with markup or layout changes only", [.. r.Markup.Select(p => $"- `{Code(p.Url)}`: {Escape(string.Join("; ", p.Notes))}\n")]),
            ("Pages with incidental changes only", [.. r.Incidental.Select(p => $"- `{Code(p.Url)}`: {Escape(string.Join("; ", p.Notes))}\n")]),
            ("Other files changed", [.. r.OtherFiles.Select(s => $"- {Escape(ReportText.SourceChange(s))}\n")]),
        };

        var w = new StringBuilder();
        w.Append(Marker).Append('\n');
        w.Append("### ").Append(Escape(ReportText.Heading(r))).Append("\n\n");
        if (r.BaseFailure is not null)
        {
            w.Append("> [!WARNING]\n> ").Append(Escape(ReportText.BaseFailure(r))).Append('\n');
            foreach (var d in r.BaseDiagnostics.Take(20))
            {
                w.Append("> - `").Append(Code(d.ToString())).Append("`\n");
            }

            w.Append('\n');
        }

        w.Append("**").Append(Escape(ReportText.Summary(r))).Append("**\n");
        if (reportUrl is not null)
        {
            w.Append("\nThe full report with every change highlighted: ").Append(reportUrl).Append('\n');
        }

        int total = sections.Sum(s => s.Items.Count), shown = 0;
        bool full = false;
        foreach (var (title, items) in sections.Where(s => s.Items.Count > 0))
        {
            string open = $"\n<details{(title == "Pages changed" ? " open" : "")}><summary>{title} ({items.Count})</summary>\n\n";
            const string close = "\n</details>\n";
            if (full || w.Length + open.Length + close.Length + Reserve > limit)
            {
                break;
            }

            w.Append(open);
            foreach (string item in items)
            {
                if (w.Length + item.Length + close.Length + Reserve > limit)
                {
                    full = true;
                    break;
                }

                w.Append(item);
                shown++;
            }

            w.Append(close);
        }

        if (shown < total)
        {
            w.Append("\n_Truncated to fit GitHub's comment limit: ").Append(total - shown).Append(" of ").Append(total)
                .Append(" items are not shown here. The HTML report").Append(reportUrl is null ? " (uploaded with the site)" : $" ({reportUrl})").Append(" has them all._\n");
        }

        return w.ToString();
    }

    private static string Page(PageChange p)
    {
        var w = new StringBuilder();
        w.Append("- `").Append(Code(p.Url)).Append("` ").Append(Escape(p.Title)).Append(" (").Append(Escape(ReportText.Source(p))).Append(")\n");
        foreach (var f in p.Fields)
        {
            w.Append("  - ").Append(Escape(ReportText.Field(f))).Append('\n');
        }

        foreach (var h in p.Text)
        {
            w.Append("  - … ").Append(ReportText.Hunk(h, Escape, ("<del>", "</del>"), ("<ins>", "</ins>"))).Append(" …\n");
        }

        if (p.CitationsAdded.Count > 0)
        {
            w.Append("  - citations added: ").Append(Escape(string.Join(", ", p.CitationsAdded))).Append('\n');
        }

        if (p.CitationsRemoved.Count > 0)
        {
            w.Append("  - citations removed: ").Append(Escape(string.Join(", ", p.CitationsRemoved))).Append('\n');
        }

        return w.ToString();
    }

    /// <summary>Content text as literal text in GitHub Markdown: HTML and Markdown punctuation as character references.</summary>
    public static string Escape(string text)
    {
        var w = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            w.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '*' or '_' or '`' or '[' or ']' or '~' or '|' or '\\' or '#' or '!' or '@' => $"&#{(int)c};",
                '\n' or '\r' => " ",
                _ => c.ToString(),
            });
        }

        return w.ToString();
    }

    // Inside a code span nothing is interpreted, but a backtick would end it.
    private static string Code(string text) => text.Replace('`', '\'').Replace('\n', ' ');
}
