using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatiqSite.Markup;

/// <summary>
/// The first sentence of a text's first paragraph, as plain text without its citations: the one line a
/// compact timeline card shows before the reader opens the rest.
/// </summary>
public static class Lead
{
    /// <param name="abbreviations">Words written with their full stop ("Gen.") that do not end a sentence: the language's.</param>
    public static string Of(MarkdownDocument document, IReadOnlySet<string> abbreviations)
    {
        if (document.Descendants<ParagraphBlock>().FirstOrDefault() is not { Inline: { } inline })
        {
            return string.Empty;
        }

        var text = new StringBuilder();
        Append(inline, text);
        return FirstSentence(Tidy(text.ToString()), abbreviations);
    }

    public static string FirstSentence(string text, IReadOnlySet<string> abbreviations)
    {
        for (int i = 0; i < text.Length - 2; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || text[i + 2] is '“' or '"') && !Abbreviated(text, i, abbreviations))
            {
                return text[..(i + 1)];
            }
        }

        return text;
    }

    /// <summary>Whether the full stop at <paramref name="dot"/> ends an abbreviation ("U.S.", "Gen.") rather than a sentence.</summary>
    private static bool Abbreviated(string text, int dot, IReadOnlySet<string> abbreviations)
    {
        int start = text.LastIndexOf(' ', dot) + 1;
        var word = text.AsSpan(start, dot - start).TrimStart("(“\"");
        return word.Length <= 1 || word.Contains('.') || abbreviations.Contains(string.Concat(word, "."));
    }

    private static void Append(ContainerInline container, StringBuilder text)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case LinkInline { Url: { } url } when url.StartsWith("source:", StringComparison.Ordinal):
                    break; // a citation: the card's sources list carries it
                case ContainerInline inner:
                    Append(inner, text);
                    break;
            }
        }
    }

    /// <summary>Removes what the citations leave behind: "()", "(, )" and the space before a full stop.</summary>
    private static string Tidy(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c == ')' && sb.Length > 0 && TrailingEmptyParenthesis(sb) is int open and >= 0)
            {
                sb.Length = open;
                continue;
            }

            sb.Append(c);
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace(" .", ".", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal);
    }

    private static int TrailingEmptyParenthesis(StringBuilder sb)
    {
        for (int i = sb.Length - 1; i >= 0; i--)
        {
            if (sb[i] == '(')
            {
                return i;
            }

            if (sb[i] is not (' ' or ',' or ';'))
            {
                return -1;
            }
        }

        return -1;
    }
}
