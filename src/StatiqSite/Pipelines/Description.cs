using System.Text.RegularExpressions;
using StatiqSite.Content.Model;

namespace StatiqSite.Pipelines;

/// <summary>A page description from MarkdownText: its first sentence or so, without Markdown or citations.</summary>
public static partial class Description
{
    private const int MaxLength = 200;

    public static string Of(MarkdownText text)
    {
        // Citation links "([¶6](source:x#6))" say nothing in a description; other links keep their text.
        string plain = Citation().Replace(text.Text, string.Empty);
        plain = Link().Replace(plain, "$1");
        plain = Emphasis().Replace(plain, string.Empty);
        plain = Space().Replace(plain, " ").Trim();
        plain = plain.Replace(" ,", ",", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal);
        if (plain.Length <= MaxLength)
        {
            return plain;
        }

        int cut = plain.LastIndexOf(' ', MaxLength - 1);
        return plain[..(cut > 0 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':') + "…";
    }

    [GeneratedRegex(@"\s*\(?\[¶[^\]]*\]\([^)]*\)\)?(,\s*)?")]
    private static partial Regex Citation();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"[*_`]+")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
