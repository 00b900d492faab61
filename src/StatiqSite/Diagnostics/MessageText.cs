using System.Globalization;
using System.Text;

namespace StatiqSite.Diagnostics;

/// <summary>
/// Makes text from content safe to print as one diagnostic line. Messages echo values and file names, and
/// content comes from strangers: a newline in a value would forge a second diagnostic, an ESC sequence
/// would drive the terminal, a bidirectional override would reorder what the reader sees, and a value of
/// a megabyte would bury everything else. So every such character is written as an escape, and a long
/// message keeps its start and its end (where the "what would be right" half is) around an ellipsis.
/// </summary>
public static class MessageText
{
    /// <summary>The longest message printed; values are shortened where echoed, this bounds what they miss.</summary>
    public const int MaxLength = 400;

    public static string Clean(string text, int maxLength = MaxLength)
    {
        int bad = FirstUnsafe(text);
        string safe = bad < 0 ? text : Escape(text, bad);
        if (safe.Length <= maxLength)
        {
            return safe;
        }

        int head = maxLength / 2;
        int tail = maxLength - head - 3;
        return string.Concat(safe.AsSpan(0, head), " … ", safe.AsSpan(safe.Length - tail));
    }

    private static int FirstUnsafe(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (IsUnsafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional controls (Trojan Source).
    private static bool IsUnsafe(char c) =>
        c < 0x20 || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    private static string Escape(string text, int from)
    {
        var s = new StringBuilder(text.Length + 8).Append(text, 0, from);
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '\n':
                    s.Append("\\n");
                    break;
                case '\t':
                    s.Append("\\t");
                    break;
                case '\r':
                    s.Append("\\r");
                    break;
                default:
                    if (IsUnsafe(c))
                    {
                        s.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        s.Append(c);
                    }

                    break;
            }
        }

        return s.ToString();
    }
}
