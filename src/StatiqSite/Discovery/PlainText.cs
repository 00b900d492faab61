using System.Collections.Immutable;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using StatiqSite.Content.Model;

namespace StatiqSite.Discovery;

/// <summary>
/// The words of rendered MarkdownText without its markup, for search excerpts and data downloads. Markdig's
/// output is well formed, so tags are skipped rather than parsed; block ends become line breaks so
/// that words from adjacent paragraphs never run together.
/// </summary>
public static partial class PlainText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr", "td", "th",
        "table", "div", "pre", "dt", "dd", "hr", "figure", "figcaption",
    };

    /// <summary>The text of every HTML segment, in order; event cards and figure panels are not part of the text.</summary>
    public static string Of(MarkdownText markdown)
    {
        if (markdown.Segments.IsDefaultOrEmpty)
        {
            return Normalize(markdown.Text);
        }

        var sb = new StringBuilder();
        foreach (var segment in markdown.Segments)
        {
            if (segment is HtmlSegment html)
            {
                sb.Append(FromHtml(html.Html)).Append('\n');
            }
        }

        return Normalize(sb.ToString());
    }

    /// <summary>Paragraphs of the text, for splitting long bodies into parts.</summary>
    public static ImmutableArray<string> Paragraphs(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static string FromHtml(string html)
    {
        var sb = new StringBuilder(html.Length);
        int i = 0;
        while (i < html.Length)
        {
            char c = html[i];
            if (c != '<')
            {
                sb.Append(c);
                i++;
                continue;
            }

            int end = html.IndexOf('>', i);
            if (end < 0)
            {
                break;
            }

            string name = TagName(html.AsSpan(i + 1, end - i - 1));
            if (BlockTags.Contains(name))
            {
                sb.Append('\n');
            }

            i = end + 1;
        }

        return WebUtility.HtmlDecode(sb.ToString());
    }

    /// <summary>
    /// Collapses runs of spaces, keeps one line break between blocks, and drops bare paragraph locators
    /// ("¶9"), which cite a source rather than say anything a reader would search for.
    /// </summary>
    public static string Normalize(string text)
    {
        string withoutLocators = text.Contains('¶', StringComparison.Ordinal) ? Locator().Replace(text, string.Empty) : text;
        var lines = withoutLocators.Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim())
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// Plain-text notes as written in YAML blocks: lines wrapped for the editor are joined, and blank
    /// lines stay as paragraph breaks.
    /// </summary>
    public static string? Prose(string? text) => text is null
        ? null
        : string.Join("\n\n", text.ReplaceLineEndings("\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => Spaces().Replace(p.Replace('\n', ' '), " ")));

    /// <summary>One line: block breaks become spaces.</summary>
    public static string OneLine(string text) => text.Replace('\n', ' ');

    private static string TagName(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/');
        int n = 0;
        while (n < tag.Length && char.IsAsciiLetterOrDigit(tag[n]))
        {
            n++;
        }

        return tag[..n].ToString();
    }

    [GeneratedRegex(@"\s*\(?¶\s?\d+(?:[–-]\d+)?(?:\s*(?:,|;|and)\s*¶\s?\d+(?:[–-]\d+)?)*\)?(?=[\s.,;:)]|$)")]
    private static partial Regex Locator();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();
}
