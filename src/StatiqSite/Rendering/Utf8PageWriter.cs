using System.Text;
using System.Text.Unicode;

namespace StatiqSite.Rendering;

/// <summary>
/// A TextWriter that encodes straight into a reusable UTF-8 buffer, so that a page is held once, as the
/// bytes that are written to disk, instead of as a growing StringBuilder, then a string, then bytes.
/// Each rendering thread keeps one; <see cref="ToArray"/> copies out exactly the page.
/// </summary>
public sealed class Utf8PageWriter : TextWriter
{
    private static readonly UTF8Encoding Utf8Encoding = new(encoderShouldEmitUTF8Identifier: false);

    private byte[] buffer = new byte[64 * 1024];
    private int length;

    // A high surrogate written on its own, kept until its low half arrives (the HTML encoder writes
    // character by character).
    private char pendingHigh;

    public Utf8PageWriter()
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
    }

    public override Encoding Encoding => Utf8Encoding;

    public override void Write(char value)
    {
        // Most of a page is ASCII written a character at a time by the HTML encoder.
        if (value < 0x80 && pendingHigh == '\0')
        {
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            buffer[length++] = (byte)value;
            return;
        }

        Write(new ReadOnlySpan<char>(in value));
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty)
        {
            return;
        }

        if (pendingHigh != '\0')
        {
            char high = pendingHigh;
            pendingHigh = '\0';
            Span<char> pair = [high, chars[0]];
            Encode(char.IsLowSurrogate(chars[0]) ? pair : pair[..1]);
            chars = char.IsLowSurrogate(chars[0]) ? chars[1..] : chars;
        }

        if (!chars.IsEmpty && char.IsHighSurrogate(chars[^1]))
        {
            pendingHigh = chars[^1];
            chars = chars[..^1];
        }

        Encode(chars);
    }

    /// <summary>The page written so far, as a new array; the writer is then empty for the next page.</summary>
    public byte[] ToArray()
    {
        if (pendingHigh != '\0')
        {
            Span<char> lone = [pendingHigh];
            pendingHigh = '\0';
            Encode(lone);
        }

        // Not zeroed first: every byte is copied over at once, and a build copies out tens of megabytes.
        byte[] page = GC.AllocateUninitializedArray<byte>(length);
        buffer.AsSpan(0, length).CopyTo(page);
        Reset();
        return page;
    }

    public void Reset()
    {
        length = 0;
        pendingHigh = '\0';
    }

    // A lone surrogate becomes U+FFFD, as the encoder it replaces did.
    private void Encode(ReadOnlySpan<char> chars)
    {
        int needed = chars.Length * 3;
        if (buffer.Length - length < needed)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + needed));
        }

        // Most writes are a tag name, an attribute or a few words: for those a plain loop over ASCII
        // beats the transcoder's set-up; the first other character hands the rest to it.
        if (chars.Length <= ShortWrite)
        {
            int i = 0;
            while (i < chars.Length && chars[i] < 0x80)
            {
                buffer[length++] = (byte)chars[i++];
            }

            chars = chars[i..];
            if (chars.IsEmpty)
            {
                return;
            }
        }

        Utf8.FromUtf16(chars, buffer.AsSpan(length), out _, out int written, replaceInvalidSequences: true, isFinalBlock: true);
        length += written;
    }

    private const int ShortWrite = 24;
}
