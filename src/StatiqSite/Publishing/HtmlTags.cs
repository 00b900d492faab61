using System.Net;

namespace StatiqSite.Publishing;

/// <summary>One start tag: its lower-case name and its attributes, values decoded, first of duplicates kept.</summary>
public readonly record struct HtmlTag(string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes)
{
    public string? this[string attribute]
    {
        get
        {
            foreach (var (name, value) in Attributes)
            {
                if (name == attribute)
                {
                    return value;
                }
            }

            return null;
        }
    }
}

/// <summary>
/// The start tags of an HTML page, read the way the HTML tokenizer reads them (comments, doctypes and
/// end tags skipped; quoted, unquoted and bare attributes; character references decoded; the contents
/// of script, style, title, textarea and the like taken as text), without building a document. The
/// link checker reads every page of the site this way; a DOM for each page cost more than the build.
/// </summary>
public static class HtmlTags
{
    private static readonly string[] RawText = ["script", "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea"];

    public static IEnumerable<HtmlTag> Read(string html)
    {
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            char next = html[i + 1];
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            if (next is '!' or '?' or '/')
            {
                int end = html.IndexOf('>', i + 1);
                i = end < 0 ? html.Length : end + 1;
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                i++;
                continue;
            }

            var tag = ReadTag(html, ref i);
            yield return tag;
            if (Array.IndexOf(RawText, tag.Name) >= 0)
            {
                int end = IndexOfEndTag(html, i, tag.Name);
                i = end < 0 ? html.Length : end;
            }
        }
    }

    private static HtmlTag ReadTag(string html, ref int i)
    {
        int start = ++i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>'))
        {
            i++;
        }

        string name = html[start..i].ToLowerInvariant();
        var attributes = new List<KeyValuePair<string, string>>();
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/'))
            {
                i++;
            }

            if (i >= html.Length || html[i] == '>')
            {
                i++;
                break;
            }

            int nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ('/' or '>' or '=') || i == nameStart && i < html.Length && html[i] == '=')
            {
                i++;
            }

            string attribute = html[nameStart..i].ToLowerInvariant();
            while (i < html.Length && IsSpace(html[i]))
            {
                i++;
            }

            string value = string.Empty;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && IsSpace(html[i]))
                {
                    i++;
                }

                value = ReadValue(html, ref i);
            }

            if (!attributes.Exists(a => a.Key == attribute))
            {
                attributes.Add(new(attribute, value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value));
            }
        }

        return new HtmlTag(name, attributes);
    }

    private static string ReadValue(string html, ref int i)
    {
        if (i < html.Length && html[i] is '"' or '\'')
        {
            char quote = html[i];
            int end = html.IndexOf(quote, i + 1);
            end = end < 0 ? html.Length : end;
            string quoted = html[(i + 1)..end];
            i = Math.Min(html.Length, end + 1);
            return quoted;
        }

        int start = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        return html[start..i];
    }

    private static int IndexOfEndTag(string html, int from, string name)
    {
        int i = from;
        while ((i = html.IndexOf("</", i, StringComparison.Ordinal)) >= 0)
        {
            int after = i + 2 + name.Length;
            if (after <= html.Length && html.AsSpan(i + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || IsSpace(html[after]) || html[after] is '>' or '/'))
            {
                return i;
            }

            i += 2;
        }

        return -1;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
