using StatiqSite.Text;

namespace StatiqSite.Tests.Text;

/// <summary>The sets stand in for range searches, so each must hold exactly its range.</summary>
public class CharRangesTests
{
    [Fact]
    public void AsciiUpper_is_exactly_A_to_Z()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(CharRanges.AsciiUpper.Contains((char)c) == c is >= 'A' and <= 'Z', $"U+{c:X4}");
        }
    }

    [Fact]
    public void PrintableAscii_is_exactly_space_to_tilde()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(CharRanges.PrintableAscii.Contains((char)c) == c is >= ' ' and <= '~', $"U+{c:X4}");
        }
    }
}
