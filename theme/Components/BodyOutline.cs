using System.Text.RegularExpressions;
using StatiqSite.Content.Model;

namespace StatiqSite.Theme.Components;

/// <summary>The sections of a rendered body, for "In this explainer": each h2's id and its text as HTML without tags.</summary>
public static partial class BodyOutline
{
    public static IReadOnlyList<(string Id, string Html)> Sections(MarkdownText body) =>
        [.. body.Segments.OfType<HtmlSegment>()
            .SelectMany(s => Heading().Matches(s.Html))
            .Select(m => (m.Groups["id"].Value, Tag().Replace(m.Groups["text"].Value, string.Empty)))];

    [GeneratedRegex("<h2 id=\"(?<id>[^\"]+)\">(?<text>.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
