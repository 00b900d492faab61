using System.Text;

namespace StatiqSite.Rendering;

/// <summary>
/// A TextWriter that encodes straight into a reusable UTF-8 buffer, so that a page is held once, as the
/// bytes that are written to disk, instead of as a growing StringBuilder, then a string, then bytes.
/// Each rendering thread keeps one; <see cref="ToArray"/> copies out exactly the page.
/// </summary>
public sealed class Utf8PageWriter : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // The encoder keeps a high surrogate written on its own until its low half arrives.
    private readonly Encoder encoder = Utf8.GetEncoder();
    private byte[] buffer = new byte[64 * 1024];
    private int length;

    public Utf8PageWriter()
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
    }

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> chars)
    {
        // Room for the worst case first: the encoder refuses a buffer too small for even one character.
        int needed = Utf8.GetMaxByteCount(chars.Length);
        if (buffer.Length - length < needed)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + needed));
        }

        encoder.Convert(chars, buffer.AsSpan(length), flush: false, out _, out int written, out _);
        length += written;
    }

    /// <summary>The page written so far, as a new array; the writer is then empty for the next page.</summary>
    public byte[] ToArray()
    {
        Write(ReadOnlySpan<char>.Empty);
        encoder.Convert(ReadOnlySpan<char>.Empty, buffer.AsSpan(length), flush: true, out _, out int written, out _);
        length += written;
        byte[] page = buffer.AsSpan(0, length).ToArray();
        Reset();
        return page;
    }

    public void Reset()
    {
        length = 0;
        encoder.Reset();
    }
}
