using System.Text;
using StatiqSite.Text;

namespace StatiqSite.Publishing;

/// <summary>The quick scanner's attribute names and values, decoded into a per-thread buffer (see PageReader.Scan.cs).</summary>
public static partial class PageReader
{
    /// <summary>An attribute name as the tokenizer gives it, in lowercase.</summary>
    private static ReadOnlyMemory<char> Lower(ReadOnlyMemory<char> name)
    {
        if (!name.Span.ContainsAny(CharRanges.AsciiUpper))
        {
            return name;
        }

        var target = Scratch(name.Length);
        System.Text.Ascii.ToLower(name.Span, target.Span, out _);
        return target;
    }

    /// <summary>
    /// A quoted value with its character references replaced: numeric ones that stand for an ordinary
    /// character, and &amp;amp; &amp;lt; &amp;gt; &amp;quot; &amp;apos;. False for any other '&amp;'.
    /// </summary>
    private static bool Decode(ReadOnlyMemory<char> raw, out ReadOnlyMemory<char> value)
    {
        var span = raw.Span;
        int amp = span.IndexOf('&');
        if (amp < 0)
        {
            value = raw;
            return true;
        }

        // A decoded value is never longer than the raw one.
        var target = Scratch(span.Length);
        var output = target.Span;
        int written = 0;
        int i = 0;
        while (i < span.Length)
        {
            char c = span[i];
            if (c != '&')
            {
                output[written++] = c;
                i++;
                continue;
            }

            int semicolon = span[i..].IndexOf(';');
            if (semicolon < 0)
            {
                value = default;
                return false;
            }

            var reference = span.Slice(i + 1, semicolon - 1);
            string? named = reference switch
            {
                "amp" => "&",
                "lt" => "<",
                "gt" => ">",
                "quot" => "\"",
                "apos" => "'",
                _ => null,
            };
            if (named is not null)
            {
                output[written++] = named[0];
            }
            else if (Numeric(reference) is int code && Rune.TryCreate(code, out var rune))
            {
                written += rune.EncodeToUtf16(output[written..]);
            }
            else
            {
                value = default;
                return false;
            }

            i += semicolon + 1;
        }

        value = target[..written];
        return true;
    }

    /// <summary>The code point of "#65" or "#x41" when it is an ordinary character the tokenizer keeps as it is.</summary>
    private static int? Numeric(ReadOnlySpan<char> reference)
    {
        if (reference.Length < 2 || reference[0] != '#')
        {
            return null;
        }

        bool hex = reference[1] is 'x' or 'X';
        var digits = reference[(hex ? 2 : 1)..];
        if (digits.IsEmpty || digits.Length > 6)
        {
            return null;
        }

        int code = 0;
        foreach (char d in digits)
        {
            int digit = char.IsAsciiDigit(d) ? d - '0' : hex && char.IsAsciiHexDigit(d) ? (d | 0x20) - 'a' + 10 : -1;
            if (digit < 0)
            {
                return null;
            }

            code = (code * (hex ? 16 : 10)) + digit;
        }

        // Controls, the C1 range (which the tokenizer maps to Windows-1252) and surrogates are left to the tokenizer.
        bool ordinary = code is 0x09 or 0x0A or 0x0C || (code >= 0x20 && code < 0x7F) || (code >= 0xA0 && code <= 0x10FFFF && code is < 0xD800 or > 0xDFFF);
        return ordinary ? code : null;
    }

    private static Memory<char> Scratch(int length)
    {
        var buffer = scanValues;
        if (buffer is null || buffer.Length - scanValuesUsed < length)
        {
            // Values already handed out keep the old buffer alive for as long as the page is read.
            scanValues = buffer = new char[Math.Max(64 * 1024, length * 2)];
            scanValuesUsed = 0;
        }

        var slice = buffer.AsMemory(scanValuesUsed, length);
        scanValuesUsed += length;
        return slice;
    }
}
