using System.Buffers;
using System.Collections.Immutable;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using StatiqSite.Content.Model;

namespace StatiqSite.Discovery;

/// <summary>
/// The words of rendered MarkdownText without its markup: the one plain-text form of a text, for search,
/// the data downloads, the timeline export, JSON-LD descriptions, correction notes and the feed. Markdig's
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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BlockTagLookup = BlockTags.GetAlternateLookup<ReadOnlySpan<char>>();

    // Every page's text passes through here for search and the downloads, so the text without its
    // tags is kept in one buffer per thread rather than in a new string per page.
    [ThreadStatic]
    private static char[]? scratch;

    [ThreadStatic]
    private static char[]? lines;

    [ThreadStatic]
    private static char[]? unlocated;

    private static readonly SearchValues<char> SpaceChars = SearchValues.Create(" \t\u00A0");

    /// <summary>The text of every HTML segment, in order; event cards and figure panels are not part of the text.</summary>
    /// <param name="keepLocators">
    /// Keeps paragraph locators ("¶9"): where the text is read as written (a correction saying "it now cites ¶1",
    /// a JSON-LD description) rather than searched or tabulated.
    /// </param>
    public static string Of(MarkdownText markdown, bool keepLocators = false)
    {
        if (markdown.Segments.IsDefaultOrEmpty)
        {
            return Normalize(markdown.Text, keepLocators);
        }

        var text = new Buffer(scratch ??= new char[16 * 1024]);
        foreach (var segment in markdown.Segments)
        {
            if (segment is HtmlSegment html)
            {
                AppendFromHtml(ref text, html.Html);
                text.Append('\n');
            }
        }

        scratch = text.Chars.Length <= 1 << 20 ? text.Chars : null;
        return Normalize(text.Written, keepLocators);
    }

    /// <summary>Paragraphs of the text, for splitting long bodies into parts.</summary>
    private static ImmutableArray<string> Paragraphs(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Appends the text of <paramref name="html"/>: tags dropped (block tags as line breaks), entities decoded.</summary>
    private static void AppendFromHtml(ref Buffer text, string html)
    {
        int begin = text.Length;
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                AppendText(ref text, html.AsSpan(i));
                break;
            }

            AppendText(ref text, html.AsSpan(i, lt - i));
            int end = html.IndexOf('>', lt);
            if (end < 0)
            {
                break;
            }

            if (BlockTagLookup.Contains(TagName(html.AsSpan(lt + 1, end - lt - 1))))
            {
                text.Append('\n');
            }

            i = end + 1;
        }

        // Entities are decoded after the tags are gone, over this segment's text only.
        if (text.Written[begin..].Contains('&'))
        {
            string decoded = WebUtility.HtmlDecode(text.Written[begin..].ToString());
            text.Length = begin;
            text.Append(decoded);
        }
    }

    /// <summary>
    /// Collapses runs of spaces, keeps one line break between blocks, and unless told to keep them drops
    /// paragraph locators ("¶9"), which cite a source rather than say anything a reader would search for.
    /// </summary>
    private static string Normalize(ReadOnlySpan<char> text, bool keepLocators)
    {
        var source = !keepLocators && text.Contains('¶') ? WithoutLocators(text) : text;
        var result = new Buffer(lines ??= new char[16 * 1024]);
        foreach (var range in source.Split('\n'))
        {
            // Trimming first is the same as after collapsing: what collapses is white space too.
            var line = source[range].Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append('\n');
            }

            // Runs of spaces, tabs and no-break spaces become one space.
            while (true)
            {
                int run = line.IndexOfAny(SpaceChars);
                if (run < 0)
                {
                    result.Append(line);
                    break;
                }

                result.Append(line[..run]);
                result.Append(' ');
                int next = line[run..].IndexOfAnyExcept(SpaceChars);
                line = next < 0 ? [] : line[(run + next)..];
            }
        }

        lines = result.Chars.Length <= 1 << 20 ? result.Chars : null;
        return result.Written.ToString();
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

    /// <summary>Rendered prose notes as plain paragraphs separated by a blank line; citation links keep their text.</summary>
    public static string? Prose(MarkdownText? text) => text is null ? null : string.Join("\n\n", Paragraphs(Of(text)));

    /// <summary>The text of <paramref name="markdown"/> on one line: block breaks become spaces.</summary>
    public static string Line(MarkdownText markdown, bool keepLocators = false) => Of(markdown, keepLocators).Replace('\n', ' ');

    /// <summary>
    /// Text between tags, its line breaks as spaces: inside a paragraph they are where the writer wrapped the
    /// Markdown, which HTML shows as spaces; only block ends break lines.
    /// </summary>
    private static void AppendText(ref Buffer text, ReadOnlySpan<char> run)
    {
        while (run.IndexOfAny('\n', '\r') is int end and >= 0)
        {
            text.Append(run[..end]);
            text.Append(' ');
            run = run[(end + 1)..];
        }

        text.Append(run);
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/');
        int n = 0;
        while (n < tag.Length && char.IsAsciiLetterOrDigit(tag[n]))
        {
            n++;
        }

        return tag[..n];
    }

    /// <summary>The text with its paragraph locators (¶4, (¶4–6)) removed, as Regex.Replace would, in a per-thread buffer.</summary>
    private static ReadOnlySpan<char> WithoutLocators(ReadOnlySpan<char> text)
    {
        var kept = new Buffer(unlocated ??= new char[16 * 1024]);
        int last = 0;
        foreach (var match in Locator().EnumerateMatches(text))
        {
            kept.Append(text[last..match.Index]);
            last = match.Index + match.Length;
        }

        kept.Append(text[last..]);
        unlocated = kept.Chars.Length <= 1 << 20 ? kept.Chars : null;
        return kept.Written;
    }

    // A bracket goes with the locator only when both ends are its own, "(¶4)": in a citation, "(Source name ¶4)",
    // the source's name keeps both of its brackets.
    [GeneratedRegex(@"\s*(?:\(¶\s?\d+(?:[–-]\d+)?(?:\s*(?:,|;|and)\s*¶\s?\d+(?:[–-]\d+)?)*\)|¶\s?\d+(?:[–-]\d+)?(?:\s*(?:,|;|and)\s*¶\s?\d+(?:[–-]\d+)?)*)(?=[\s.,;:)]|$)")]
    private static partial Regex Locator();

    /// <summary>Characters appended to an array that is replaced by a bigger one when full.</summary>
    private struct Buffer(char[] chars)
    {
        public char[] Chars { get; private set; } = chars;

        public int Length { get; set; }

        public readonly ReadOnlySpan<char> Written => Chars.AsSpan(0, Length);

        public void Append(char c) => Append([c]);

        public void Append(ReadOnlySpan<char> text)
        {
            if (Length + text.Length > Chars.Length)
            {
                var bigger = new char[Math.Max(Chars.Length * 2, Length + text.Length)];
                Written.CopyTo(bigger);
                Chars = bigger;
            }

            text.CopyTo(Chars.AsSpan(Length));
            Length += text.Length;
        }
    }

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();
}
