using System.Text;
using StatiqSite.Rendering;

namespace StatiqSite.Tests.Rendering;

public class Utf8PageWriterTests
{
    [Fact]
    public void Writes_the_same_bytes_as_encoding_the_whole_text_at_once()
    {
        // Past the initial buffer, with multi-byte characters and a surrogate pair split across writes.
        var expected = new StringBuilder();
        using var writer = new Utf8PageWriter();
        for (int i = 0; i < 20_000; i++)
        {
            string piece = i % 3 == 0 ? "Kadhimi – “al-Araji” " : "plain text ";
            writer.Write(piece);
            expected.Append(piece);
            writer.Write('\uD83D');
            writer.Write('\uDCDC');
            expected.Append("\uD83D\uDCDC");
        }

        byte[] page = writer.ToArray();

        Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), page);
        Assert.True(page.Length > 256 * 1024);
    }

    [Theory]
    [InlineData(20261121)]
    [InlineData(20261122)]
    public void Random_short_and_long_writes_give_the_bytes_of_the_whole_text(int seed)
    {
        // Short writes take a plain ASCII loop that hands over to the transcoder at the first other character.
        string[] pieces = ["a", "<li>", " class=\"x\"", "é", "–", "¶24", "\uD83D\uDCDC", "abcdefghijklmnopqrstuvwxyz0123456789", "x\u00A0y", "\"", "&"];
        var random = new Random(seed);
        var expected = new StringBuilder();
        using var writer = new Utf8PageWriter();
        for (int i = 0; i < 5_000; i++)
        {
            var text = new StringBuilder();
            for (int k = random.Next(1, 5); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            writer.Write(text.ToString());
            expected.Append(text);
        }

        Assert.Equal(Encoding.UTF8.GetBytes(expected.ToString()), writer.ToArray());
    }

    [Fact]
    public void Starts_empty_again_after_each_page()
    {
        using var writer = new Utf8PageWriter();
        writer.Write("first page");
        _ = writer.ToArray();
        writer.Write("second");

        Assert.Equal("second"u8.ToArray(), writer.ToArray());
    }

    [Theory]
    [InlineData("a\uD83D", "\uDCDCb")]
    [InlineData("a\uD83D", "b")]
    [InlineData("\uDCDC", "a")]
    [InlineData("a\uD83D", "")]
    public void Encodes_surrogates_split_across_writes_as_the_framework_encoder_does(string first, string second)
    {
        using var writer = new Utf8PageWriter();
        writer.Write(first);
        writer.Write(second);

        Assert.Equal(Encoding.UTF8.GetBytes(first + second), writer.ToArray());
    }

    [Fact]
    public void A_lone_high_surrogate_at_the_end_of_a_page_does_not_leak_into_the_next()
    {
        using var writer = new Utf8PageWriter();
        writer.Write('\uD83D');
        Assert.Equal(Encoding.UTF8.GetBytes("\uD83D"), writer.ToArray());

        writer.Write('\uDCDC');
        Assert.Equal(Encoding.UTF8.GetBytes("\uDCDC"), writer.ToArray());
    }
}
