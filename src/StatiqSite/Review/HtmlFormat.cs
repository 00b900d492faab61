using System.Net;
using System.Text;

namespace StatiqSite.Review;

/// <summary>
/// The report as a page to publish beside the site (a deploy preview links to it): every change,
/// removed words struck through and added words highlighted in place, styled by its own
/// <c>report.css</c> so that no inline style or script is needed.
/// </summary>
public static class HtmlFormat
{
    public const string StylesheetName = "report.css";

    /// <summary>Writes index.html and report.css into <paramref name="folder"/>, creating it.</summary>
    public static void WriteFiles(DiffReport r, string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.html"), Write(r));
        using var css = typeof(HtmlFormat).Assembly.GetManifestResourceStream("StatiqSite.Review.report.css")!;
        using var file = File.Create(Path.Combine(folder, StylesheetName));
        css.CopyTo(file);
    }

    public static string Write(DiffReport r)
    {
        var w = new StringBuilder();
        w.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n");
        w.Append("<title>").Append(E(ReportText.Heading(r))).Append("</title>\n<link rel=\"stylesheet\" href=\"").Append(StylesheetName).Append("\">\n</head>\n<body>\n<main>\n");
        w.Append("<h1>").Append(E(ReportText.Heading(r))).Append("</h1>\n");
        if (r.BaseFailure is not null)
        {
            w.Append("<div class=\"warning\"><p>").Append(E(ReportText.BaseFailure(r))).Append("</p>");
            List(w, r.BaseDiagnostics.Select(d => "<code>" + E(d.ToString()) + "</code>"));
            w.Append("</div>\n");
        }

        w.Append("<p class=\"summary\">").Append(E(ReportText.Summary(r))).Append("</p>\n");
        if (r.Changed.Count > 0)
        {
            Heading(w, "Pages changed", r.Changed.Count);
            foreach (var p in r.Changed)
            {
                Page(w, p);
            }
        }

        Section(w, "Pages added", r.Added, p => $"<a href=\"{E(p.Url)}\"><code>{E(p.Url)}</code></a> {E(p.Title)} <span class=\"source\">({E(ReportText.Source(p))})</span>");
        Section(w, "Pages removed", r.Removed, p => $"<code>{E(p.Url)}</code> {E(p.Title)} <span class=\"source\">({E(ReportText.Source(p))})</span>");
        Section(w, "Timeline order", r.Moves, m => E(ReportText.Move(m)));
        Section(w, "Figures whose latest value changed", r.Figures, f => $"<a href=\"{E(f.Url)}\">{E(f.Title)}</a>: <del>{E(f.Before ?? "(no figure)")}</del> <ins>{E(f.After ?? "(figure removed)")}</ins>");
        Section(w, "Corrections added", r.Corrections, c => $"<a href=\"{E(c.Url)}\"><code>{E(c.Url)}</code></a>: {E(c.Text)}");
        Section(w, "Content files changed", r.Sources, s => E(ReportText.SourceChange(s)));
        Section(w, "Pages with markup or layout changes only", r.Markup, p => $"<a href=\"{E(p.Url)}\"><code>{E(p.Url)}</code></a>: {E(string.Join("; ", p.Notes))}");
        Section(w, "Pages with incidental changes only", r.Incidental, p => $"<a href=\"{E(p.Url)}\"><code>{E(p.Url)}</code></a>: {E(string.Join("; ", p.Notes))}");
        Section(w, "Other files changed", r.OtherFiles, s => E(ReportText.SourceChange(s)));
        w.Append("</main>\n</body>\n</html>\n");
        return w.ToString();
    }

    private static void Page(StringBuilder w, PageChange p)
    {
        w.Append("<article class=\"page-change\">\n<h3><a href=\"").Append(E(p.Url)).Append("\"><code>").Append(E(p.Url)).Append("</code></a> ").Append(E(p.Title)).Append("</h3>\n");
        w.Append("<p class=\"source\">").Append(E(ReportText.Source(p))).Append("</p>\n");
        List(w, p.Fields.Select(f => $"{E(f.Name)}: <del>{E(f.Before ?? "")}</del> <ins>{E(f.After ?? "")}</ins>"));
        if (p.Text.Count > 0)
        {
            w.Append("<ol class=\"hunks\">\n");
            foreach (var h in p.Text)
            {
                w.Append("<li>… ").Append(ReportText.Hunk(h, E, ("<del>", "</del>"), ("<ins>", "</ins>"))).Append(" …</li>\n");
            }

            w.Append("</ol>\n");
        }

        var citations = p.CitationsAdded.Select(c => "citation added: <ins>" + E(c) + "</ins>")
            .Concat(p.CitationsRemoved.Select(c => "citation removed: <del>" + E(c) + "</del>"));
        List(w, citations);
        w.Append("</article>\n");
    }

    private static void Heading(StringBuilder w, string title, int count) =>
        w.Append("<h2>").Append(E(title)).Append(" (").Append(count).Append(")</h2>\n");

    private static void Section<T>(StringBuilder w, string title, IReadOnlyList<T> items, Func<T, string> item)
    {
        if (items.Count > 0)
        {
            Heading(w, title, items.Count);
            List(w, items.Select(item));
        }
    }

    private static void List(StringBuilder w, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        w.Append("<ul>\n");
        foreach (string item in list)
        {
            w.Append("<li>").Append(item).Append("</li>\n");
        }

        w.Append("</ul>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
