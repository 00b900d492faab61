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
}
