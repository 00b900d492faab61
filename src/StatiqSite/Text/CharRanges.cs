using System.Buffers;

namespace StatiqSite.Text;

/// <summary>
/// Character ranges searched on hot paths. The generic span searches over a range
/// (<c>ContainsAnyInRange</c>, <c>IndexOfAnyExceptInRange</c>) boxed every character they compared in the
/// published composite ReadyToRun image (about four million boxes per 4,000-briefing build, found in an
/// allocation trace); these sets search the same ranges without allocating.
/// </summary>
internal static class CharRanges
{
    /// <summary>'A' to 'Z'.</summary>
    public static readonly SearchValues<char> AsciiUpper = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>' ' to '~': printable ASCII.</summary>
    public static readonly SearchValues<char> PrintableAscii = SearchValues.Create(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>
    /// Characters content may not hold, raw or decoded from an escape: C0 controls but tab and line feed,
    /// DEL and the C1 controls (terminal escapes, invisible in review), U+FFFE and U+FFFF (which XML
    /// forbids), and surrogates, of which <see cref="IndexOfForbidden"/> accepts the paired ones.
    /// </summary>
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(ForbiddenChars());

    /// <summary>The index of the first character content may not hold (see <see cref="Forbidden"/>), or -1.</summary>
    public static int IndexOfForbidden(ReadOnlySpan<char> text)
    {
        int offset = 0;
        while (text.IndexOfAny(Forbidden) is var at and >= 0)
        {
            char c = text[at];
            if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
            {
                offset += at + 2;
                text = text[(at + 2)..];
                continue;
            }

            return offset + at;
        }

        return -1;
    }

    private static string ForbiddenChars()
    {
        var chars = new System.Text.StringBuilder();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if ((c < 0x20 && c is not '\t' and not '\n') || c is >= 0x7F and <= 0x9F or 0xFFFE or 0xFFFF || char.IsSurrogate((char)c))
            {
                chars.Append((char)c);
            }
        }

        return chars.ToString();
    }
}
