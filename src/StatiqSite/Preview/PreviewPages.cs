using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using StatiqSite.Diagnostics;

namespace StatiqSite.Preview;

/// <summary>
/// What the preview adds to the HTML it serves: the live reload script and, after a failed build, the
/// overlay that lists its problems. Only responses get these; the files on disk are never touched.
/// </summary>
public static class PreviewPages
{
    public const string OverlayId = "statiqsite-preview-overlay";

    /// <summary>The page with the script tag (and the overlay, if any) placed before &lt;/body&gt;.</summary>
    public static byte[] Inject(ReadOnlySpan<byte> html, int build, IReadOnlyList<Diagnostic> problems, bool overGoodBuild = true)
    {
        string extra = $"<link rel=\"stylesheet\" href=\"{LiveReload.StylesheetPath}\">\n" + Overlay(problems, overGoodBuild) +
            $"<script src=\"{LiveReload.ScriptPath}\" data-build=\"{build}\"></script>\n";
        byte[] insert = Encoding.UTF8.GetBytes(extra);
        int at = html.LastIndexOf("</body>"u8);
        if (at < 0)
        {
            at = html.Length;
        }

        byte[] result = new byte[html.Length + insert.Length];
        html[..at].CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        html[at..].CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    /// <summary>The overlay's markup, or nothing when the last build succeeded.</summary>
    public static string Overlay(IReadOnlyList<Diagnostic> problems, bool overGoodBuild = true)
    {
        if (problems.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder();
        html.Append($"<div id=\"{OverlayId}\" role=\"alertdialog\" aria-labelledby=\"{OverlayId}-title\">")
            .Append($"<h2 id=\"{OverlayId}-title\">The build failed{(overGoodBuild ? ": still showing the last good build" : string.Empty)}</h2><ul>");
        foreach (var d in problems)
        {
            html.Append("<li>").Append(WebUtility.HtmlEncode(d.ToString())).Append("</li>");
        }

        html.Append("</ul><p>Fix the file and save: the page reloads by itself.</p></div>\n");
        return html.ToString();
    }

    /// <summary>The page shown when no build has succeeded yet, so there is nothing else to serve.</summary>
    public static byte[] NoBuildYet(int build, IReadOnlyList<Diagnostic> problems) => Inject(
        Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Build failed</title></head>\n<body>\n<h1>The site has not been built yet</h1>\n</body>\n</html>\n"),
        build,
        problems,
        overGoodBuild: false);

    /// <summary>The problems as JSON for the event stream.</summary>
    public static string ProblemsJson(IReadOnlyList<Diagnostic> problems)
    {
        var json = new StringBuilder("{\"diagnostics\":[");
        for (int i = 0; i < problems.Count; i++)
        {
            var d = problems[i];
            json.Append(i == 0 ? "" : ",")
                .Append("{\"file\":").Append(Json.String(d.File))
                .Append(",\"line\":").Append(d.Line.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(",\"column\":").Append(d.Column.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(",\"severity\":").Append(Json.String(d.Severity == Severity.Error ? "error" : "warning"))
                .Append(",\"code\":").Append(Json.String(d.Code))
                .Append(",\"message\":").Append(Json.String(d.Message)).Append('}');
        }

        return json.Append("]}").ToString();
    }
}

/// <summary>JSON string literals for the few messages the preview sends.</summary>
internal static class Json
{
    public static string String(string value) => "\"" + JavaScriptEncoder.Default.Encode(value) + "\"";
}
