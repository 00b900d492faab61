using System.Globalization;
using StatiqSite.Diagnostics;

namespace StatiqSite.Markup;

/// <summary>
/// Bounds on the Markdown handed to Markdig, checked in one linear pass before it parses. Markdig's inline
/// parser can rescan a paragraph for every link, emphasis or footnote mark in it, so its work grows with
/// the marks in a paragraph times the paragraph's length (<c>[a](</c> 100,000 times did not finish in a
/// minute), and it throws on nesting deeper than 128. Real content is far inside both bounds (its most
/// demanding paragraph scores about 80,000), so a text beyond them is refused with its position.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>The most block quotes or list levels one line may open; content uses two or three.</summary>
    public const int MaxLineNesting = 32;

    /// <summary>Work allowed for every paragraph regardless of length (marks times characters).</summary>
    public const long BaseWork = 50_000;

    /// <summary>Further work allowed for each character of the text, which keeps the total linear in the file's size.</summary>
    public const long WorkPerCharacter = 64;

    /// <summary>The characters Markdig's inline parsers start from, each of which may rescan its paragraph.</summary>
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("[]()*_~!^`<");

    /// <summary>Reports and returns false if <paramref name="text"/> is beyond a limit; a line 0-based from the text's start.</summary>
    public static bool Check(string text, MarkupSource source, MarkupContext context)
    {
        long budget = BaseWork + (WorkPerCharacter * text.Length);
        long work = 0;
        int paragraphStart = 0;
        int paragraphLine = 0;
        int marks = 0;
        int line = 0;
        for (int start = 0; start <= text.Length;)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var content = text.AsSpan(start, end - start);
            if (Nesting(content) is var (depth, column) && depth > MaxLineNesting)
            {
                source.Report(context, Codes.MarkdownTooComplex, line, column,
                    $"this line opens {depth} block quotes or list levels; Markdown may nest at most {MaxLineNesting} (content needs two or three)");
                return false;
            }

            bool blank = content.IsWhiteSpace();
            if (blank || end == text.Length)
            {
                int length = Math.Max(0, (blank ? start - 1 : end) - paragraphStart);
                marks += blank ? 0 : CountMarks(content);
                work += (long)marks * length;
                if (work > budget)
                {
                    source.Report(context, Codes.MarkdownTooComplex, paragraphLine, 0, string.Create(CultureInfo.InvariantCulture,
                        $"this paragraph is too dense with link and emphasis marks ([ ] ( ) * _ ~ ! ^ ` <) to read in bounded time ({marks:N0} marks in {length:N0} characters); split it into shorter paragraphs or escape the marks that are text"));
                    return false;
                }

                marks = 0;
                paragraphStart = end + 1;
                paragraphLine = line + 1;
            }
            else
            {
                marks += CountMarks(content);
            }

            start = end + 1;
            line++;
        }

        return true;
    }

    private static int CountMarks(ReadOnlySpan<char> line)
    {
        int count = 0;
        for (int i = line.IndexOfAny(Marks); i >= 0; i = line.IndexOfAny(Marks))
        {
            count++;
            line = line[(i + 1)..];
        }

        return count;
    }

    /// <summary>
    /// How many block quotes and list items the line's leading markers open, and where the last begins.
    /// Indentation before a marker counts a level per two columns, as a nested list is written.
    /// </summary>
    private static (int Depth, int Column) Nesting(ReadOnlySpan<char> line)
    {
        int depth = 0;
        int column = 0;
        int spaces = 0;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c is ' ' or '\t')
            {
                // Two columns of indentation can be one list level deeper.
                spaces += c == '\t' ? 4 : 1;
                continue;
            }

            int next = i + 1;
            while (char.IsAsciiDigit(c) && next < line.Length && next - i < 10 && char.IsAsciiDigit(line[next]))
            {
                next++;
            }

            bool ordered = char.IsAsciiDigit(c) && next < line.Length && line[next] is '.' or ')';
            if (ordered)
            {
                next++;
            }

            bool marker = c == '>' || ((c is '-' or '*' or '+' || ordered) && (next == line.Length || line[next] is ' ' or '\t'));
            if (!marker)
            {
                break;
            }

            depth += 1 + (spaces / 2);
            spaces = 0;
            column = i;
            i = next - 1;
        }

        return (depth, column);
    }
}
