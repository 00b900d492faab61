using System.Text.RegularExpressions;

namespace StatiqSite.Loading.Readers;

/// <summary>
/// The rules for ids and slugs. Ids become folder names in the output, so they are limited to
/// lowercase ASCII words joined by hyphens: no separators, dots, drive letters or reserved device names.
/// </summary>
public static partial class Ids
{
    public const int MaxLength = 80;

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
        "assets", "index",
    };

    /// <returns>Null when the id is valid, otherwise what is wrong and what would be right.</returns>
    public static string? Problem(string id)
    {
        if (id.Length == 0)
        {
            return "the id is empty";
        }

        if (id.Length > MaxLength)
        {
            return $"the id is {id.Length} characters long; keep it to {MaxLength}";
        }

        if (!Pattern().IsMatch(id))
        {
            return $"the id '{Printable(id)}' may use only lowercase letters a–z, digits and single hyphens between words, such as '{Slugify(id)}'";
        }

        if (Reserved.Contains(id))
        {
            return $"'{id}' is a reserved name; choose another id";
        }

        return null;
    }

    /// <summary>A best-effort slug for suggestions and scaffolding.</summary>
    public static string Slugify(string text)
    {
        var chars = new List<char>(text.Length);
        bool hyphen = false;
        foreach (char c in text.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                chars.Add(char.ToLowerInvariant(c));
                hyphen = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            else if (!hyphen && chars.Count > 0)
            {
                chars.Add('-');
                hyphen = true;
            }
        }

        string slug = new string([.. chars]).Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "untitled" : slug;
    }

    private static string Printable(string id) =>
        new([.. id.Select(c => char.IsControl(c) ? '?' : c)]);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(\d{4}(?:-\d{2}(?:-\d{2})?)?)-(.+)$")]
    public static partial Regex DatedName();
}
