using System.Globalization;
using System.Text;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;

namespace StatiqSite.Loading;

/// <summary>
/// Reads a content file as strict UTF-8 with LF line endings, so that a BOM, CRLF or mixed endings
/// never change the output, and bytes that are not UTF-8 are reported by offset rather than guessed at.
/// </summary>
public static class TextFile
{
    /// <summary>Content files are small; anything larger is a mistake or an attack, refused before it is read.</summary>
    public const long MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string fullPath, Origin file, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.Length > MaxBytes)
            {
                diagnostics.Error(Codes.FileTooLarge, file,
                    string.Create(CultureInfo.InvariantCulture, $"the file is {stream.Length:N0} bytes, over the limit of {MaxBytes:N0} bytes for a content file; split it or shorten it"));
                return null;
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A dangling symbolic link, a file deleted mid-build or one without read permission.
            diagnostics.Error(Codes.UnreadableFile, file,
                $"the file cannot be read ({e.Message}); if it is a symbolic link, its target is missing");
            return null;
        }

        return Decode(bytes, file, diagnostics);
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, Origin file, DiagnosticBag diagnostics)
    {
        int bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        string text;
        try
        {
            text = Strict.GetString(bytes[bom..]);
        }
        catch (DecoderFallbackException e)
        {
            int offset = bom + Math.Max(0, e.Index);
            var (line, column) = LineOf(bytes, offset);
            byte bad = offset < bytes.Length ? bytes[offset] : (byte)0;
            diagnostics.Error(Codes.InvalidUtf8, file.At(new TextPosition(line, column)),
                $"byte offset {offset} (0x{bad:X2}) is not valid UTF-8; save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
            return null;
        }

        text = NormalizeNewlines(text);
        return CheckControlCharacters(text, file, diagnostics) ? text : null;
    }

    public static string NormalizeNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static bool CheckControlCharacters(string text, Origin file, DiagnosticBag diagnostics)
    {
        // Nearly every file has none, so one vectorised search decides; the position is counted only for a finding.
        int at = Text.CharRanges.IndexOfForbidden(text);
        if (at < 0)
        {
            return true;
        }

        int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        int line = 1 + text.AsSpan(0, lineStart).Count('\n');
        diagnostics.Error(Codes.ControlCharacter, file.At(new TextPosition(line, at - lineStart + 1)), ForbiddenMessage(text[at], escaped: false));
        return false;
    }

    /// <summary>The message for a character content may not hold, found in the file as it is or decoded from an escape.</summary>
    public static string ForbiddenMessage(char c, bool escaped) => escaped
        ? $"an escape in this value stands for U+{(int)c:X4}, a control or non-character that is not allowed in content; delete the escape"
        : $"the control character U+{(int)c:X4} is not allowed in content; delete it";

    private static (int Line, int Column) LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
