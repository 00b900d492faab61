using System.Buffers;
using AngleSharp.Common;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace StatiqSite.Publishing;

/// <summary>
/// The quick road: a scanner for the plain HTML the theme writes, several times faster than the HTML5
/// tokenizer because it only looks for tags. It accepts a page only while every construct in it is one
/// whose tokenization is not in doubt: tags with plain names, attributes with plain names and quoted
/// values whose character references are numeric or one of the five XML ones, comments that end at the
/// first <c>--&gt;</c>, a doctype, and text. Scripts, titles and text areas are read to their end tag;
/// every other element with special text (style, raw text, SVG, MathML, select, template) and anything
/// unusual (an unquoted value, a named reference, a CR or NUL, a script holding <c>&lt;!--</c>) makes it
/// give up, and the page is read by the tokenizer instead. Tests read random pages both ways.
/// </summary>
public static partial class PageReader
{
    [ThreadStatic]
    private static char[]? scanText;

    [ThreadStatic]
    private static char[]? scanValues;

    // How much of scanValues the page being read has used; decoded values are slices of it.
    [ThreadStatic]
    private static int scanValuesUsed;

    private static readonly SearchValues<char> TagEnd = SearchValues.Create(" \t\n\f/>");
    private static readonly SearchValues<char> Unusual = SearchValues.Create("\0\r");

    /// <summary>The quick reading alone, over text: null when the page needs the tokenizer.</summary>
    internal static ParsedPage? Scan(string html) => Scan(html.AsMemory(), string.Empty, null, collector ??= new PageCollector());

    private static ParsedPage? Scan(ReadOnlySpan<byte> utf8, string path, string? source, PageCollector page)
    {
        var text = scanText;
        int needed = System.Text.Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (text is null || text.Length < needed)
        {
            // Doubling, so that pages arriving in growing sizes do not each need a new buffer.
            scanText = text = new char[Math.Max(needed, Math.Max(64 * 1024, (text?.Length ?? 0) * 2))];
        }

        int length = System.Text.Encoding.UTF8.GetChars(utf8, text);
        return Scan(text.AsMemory(0, length), path, source, page);
    }

    private static ParsedPage? Scan(ReadOnlyMemory<char> memory, string path, string? source, PageCollector page)
    {
        var html = memory.Span;
        if (html.ContainsAny(Unusual))
        {
            return null;
        }

        page.Clear();
        page.Foreign.Clear();
        scanValuesUsed = 0;
        int at = 0;
        while (true)
        {
            int lt = html[at..].IndexOf('<');
            if (lt < 0)
            {
                return page.ToPage(path, source);
            }

            at += lt;
            if (at + 1 >= html.Length)
            {
                return page.ToPage(path, source);
            }

            char next = html[at + 1];
            if (char.IsAsciiLetter(next))
            {
                if (!StartTag(memory, ref at, page))
                {
                    return null;
                }
            }
            else if (next == '/')
            {
                if (at + 2 >= html.Length || !char.IsAsciiLetter(html[at + 2]) || !ReadTag(memory, at + 2, out at, out _, page, out _))
                {
                    return null;
                }
            }
            else if (next == '!')
            {
                if (!Declaration(html, ref at))
                {
                    return null;
                }
            }
            else if (next == '?')
            {
                return null;
            }
            else
            {
                // A '<' that starts no tag is text.
                at++;
            }
        }
    }

    /// <summary>A comment or the doctype; false for anything else that starts with "&lt;!".</summary>
    private static bool Declaration(ReadOnlySpan<char> html, ref int at)
    {
        var rest = html[at..];
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            var body = rest[4..];
            if (body.StartsWith('>') || body.StartsWith("->", StringComparison.Ordinal))
            {
                return false;
            }

            int end = body.IndexOf("-->", StringComparison.Ordinal);
            int bang = body.IndexOf("--!>", StringComparison.Ordinal);
            if (end < 0 || (bang >= 0 && bang < end))
            {
                return false;
            }

            at += 4 + end + 3;
            return true;
        }

        if (rest.Length > 9 && rest[2..9].Equals("DOCTYPE", StringComparison.OrdinalIgnoreCase))
        {
            int close = rest.IndexOf('>');
            if (close < 0)
            {
                return false;
            }

            at += close + 1;
            return true;
        }

        return false;
    }

    private static bool StartTag(ReadOnlyMemory<char> memory, ref int at, PageCollector page)
    {
        var html = memory.Span;
        if (!ReadTag(memory, at + 1, out int end, out int nameLength, page, out int count))
        {
            return false;
        }

        Span<char> lower = stackalloc char[nameLength];
        System.Text.Ascii.ToLower(html.Slice(at + 1, nameLength), lower, out _);
        ReadOnlySpan<char> name = lower;
        if (name is "style" or "xmp" or "iframe" or "noembed" or "noframes" or "plaintext" or "svg" or "math" or "select" or "template" or "frameset")
        {
            return false;
        }

        bool inlineScript = page.Element(name is "image" ? "img" : name, page.Attributes(count), inert: false);
        at = end;
        if (name is "script" or "title" or "textarea")
        {
            // Script data, or RCDATA: text up to the element's own end tag, which must be plain.
            var rest = html[at..];
            int close = EndOf(rest, name);
            if (close < 0 || (name is "script" && rest[..close].Contains("<!--", StringComparison.Ordinal)))
            {
                return false;
            }

            if (inlineScript)
            {
                page.ScriptText(rest[..close]);
            }

            page.EndScript();
            int gt = close + 2 + name.Length;
            while (gt < rest.Length && IsSpace(rest[gt]))
            {
                gt++;
            }

            if (gt >= rest.Length || rest[gt] != '>')
            {
                return false;
            }

            at += gt + 1;
        }

        return true;
    }

    /// <summary>Where "&lt;/name" next starts, followed by white space, '/' or '&gt;' as the tokenizer requires; -1 if nowhere.</summary>
    private static int EndOf(ReadOnlySpan<char> rest, ReadOnlySpan<char> name)
    {
        int from = 0;
        while (true)
        {
            int lt = rest[from..].IndexOf("</", StringComparison.Ordinal);
            if (lt < 0)
            {
                return -1;
            }

            int start = from + lt;
            int after = start + 2 + name.Length;
            if (after < rest.Length && rest.Slice(start + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase) && TagEnd.Contains(rest[after]))
            {
                return start;
            }

            from = start + 2;
        }
    }

    /// <summary>
    /// A tag's name and attributes, from the first letter of its name to just past its '&gt;'; the
    /// attributes go to the collector's buffer. False where the tokenizer's reading could differ.
    /// </summary>
    private static bool ReadTag(ReadOnlyMemory<char> memory, int nameAt, out int end, out int nameLength, PageCollector page, out int count)
    {
        var html = memory.Span;
        end = 0;
        count = 0;
        int i = nameAt;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-'))
        {
            i++;
        }

        nameLength = i - nameAt;
        while (true)
        {
            if (i >= html.Length)
            {
                return false;
            }

            char c = html[i];
            if (IsSpace(c))
            {
                i++;
                continue;
            }

            if (c == '>')
            {
                end = i + 1;
                return true;
            }

            if (c == '/')
            {
                if (i + 1 < html.Length && html[i + 1] == '>')
                {
                    end = i + 2;
                    return true;
                }

                return false;
            }

            // Right after the name, or after a value, an attribute must be set apart by white space.
            if (!IsSpace(html[i - 1]))
            {
                return false;
            }

            int nameStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or '_' or ':' or '.'))
            {
                i++;
            }

            if (i == nameStart || i >= html.Length)
            {
                return false;
            }

            var attributeName = Lower(memory.Slice(nameStart, i - nameStart));
            ReadOnlyMemory<char> value = ReadOnlyMemory<char>.Empty;
            int look = i;
            while (look < html.Length && IsSpace(html[look]))
            {
                look++;
            }

            if (look < html.Length && html[look] == '=')
            {
                look++;
                while (look < html.Length && IsSpace(html[look]))
                {
                    look++;
                }

                if (look >= html.Length || html[look] is not ('"' or '\''))
                {
                    return false;
                }

                char quote = html[look];
                int close = html[(look + 1)..].IndexOf(quote);
                if (close < 0 || !Decode(memory.Slice(look + 1, close), out value))
                {
                    return false;
                }

                i = look + 1 + close + 1;
                if (i < html.Length && !(IsSpace(html[i]) || html[i] is '/' or '>'))
                {
                    return false;
                }
            }

            // The first of two attributes with one name wins, as in the tokenizer.
            var attributes = page.Attributes(count + 1);
            bool duplicate = false;
            for (int k = 0; k < count && !duplicate; k++)
            {
                duplicate = attributes[k].Name.Memory.Span.SequenceEqual(attributeName.Span);
            }

            if (!duplicate)
            {
                attributes[count++] = new MemoryHtmlAttributeToken(default(TextPosition), new StringOrMemory(attributeName), new StringOrMemory(value));
            }
        }
    }

    // White space as the tokenizer knows it (a CR never reaches the scanner).
    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\f';
}
