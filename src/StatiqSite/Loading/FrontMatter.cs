using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;

namespace StatiqSite.Loading;

/// <summary>The YAML between the opening and closing <c>---</c> lines, and the Markdown after.</summary>
public sealed record FrontMatter(string Yaml, string Body, int BodyLine)
{
    /// <summary>Lines before the YAML: the opening <c>---</c>.</summary>
    public const int YamlLineOffset = 1;

    public static FrontMatter? Split(string text, Origin file, DiagnosticBag diagnostics)
    {
        if (!IsDelimiter(FirstLine(text)))
        {
            diagnostics.Error(Codes.FrontMatterMissing, file,
                "a Markdown content file must start with front matter: a line '---', the fields (title: ...), and another line '---'");
            return null;
        }

        int lineStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        int line = 2;
        while (lineStart > 0 && lineStart <= text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            var current = lineEnd < 0 ? text.AsSpan(lineStart) : text.AsSpan(lineStart, lineEnd - lineStart);
            if (IsDelimiter(current))
            {
                int yamlStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
                string yaml = text[yamlStart..lineStart];
                string body = lineEnd < 0 ? string.Empty : text[(lineEnd + 1)..];
                return new FrontMatter(yaml, body, line + 1);
            }

            var trimmed = current.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                // Without this, a '---' inside a later code block would silently close the front matter.
                diagnostics.Error(Codes.FrontMatterNotClosed, file.At(new TextPosition(line, 1)),
                    "the front matter opened on line 1 is not closed before this code fence; add a line '---' after the last field");
                return null;
            }

            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
            line++;
        }

        diagnostics.Error(Codes.FrontMatterNotClosed, file,
            "the front matter opened on line 1 is never closed; add a line '---' after the last field");
        return null;
    }

    private static ReadOnlySpan<char> FirstLine(string text)
    {
        int end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text.AsSpan(0, end);
    }

    private static bool IsDelimiter(ReadOnlySpan<char> line) => line.TrimEnd().SequenceEqual("---");
}
