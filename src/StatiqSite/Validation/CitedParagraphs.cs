using System.Text.RegularExpressions;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading;

namespace StatiqSite.Validation;

/// <summary>
/// A record's <c>sources</c> list is what the site says it rests on (the source pages list it, the data
/// downloads carry it), so an inline <c>[¶N](source:id#N)</c> in its text must cite a paragraph that list
/// names. Checked by <c>check</c> on the text as written, so the warning points at the link itself.
/// </summary>
public static partial class CitedParagraphs
{
    public static void Check(LoadedContent content, DiagnosticBag diagnostics)
    {
        var cited = new Dictionary<string, HashSet<(string Source, int Paragraph)>>(StringComparer.Ordinal);
        void Add(Origin origin, IEnumerable<Citation> citations)
        {
            if (!cited.TryGetValue(origin.File, out var set))
            {
                cited[origin.File] = set = [];
            }

            set.UnionWith(citations.Select(c => (c.SourceId, c.Paragraph)));
        }

        foreach (var a in content.Actors)
        {
            Add(a.Origin, a.Sources);
        }

        foreach (var e in content.Events)
        {
            Add(e.Origin, e.Sources);
        }

        foreach (var f in content.Figures)
        {
            Add(f.Origin, f.Values.Select(v => v.Citation));
        }

        foreach (var b in content.Briefings)
        {
            Add(b.Origin, b.Sources);
        }

        foreach (var x in content.Explainers)
        {
            Add(x.Origin, x.Sources);
        }

        foreach (var file in content.Files)
        {
            if (!cited.TryGetValue(file.Origin.File, out var list))
            {
                continue;
            }

            string? text = TextFile.Read(file.FullPath, file.Origin, new DiagnosticBag());
            string[] lines = (text ?? string.Empty).Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (Match m in SourceLink().Matches(lines[i]))
                {
                    string source = m.Groups["source"].Value;
                    if (int.TryParse(m.Groups["paragraph"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture, out int paragraph) && !list.Contains((source, paragraph)))
                    {
                        diagnostics.Warning(Codes.UncitedParagraph, file.Origin.At(new TextPosition(i + 1, m.Index + 1)),
                            $"the text cites ¶{paragraph} of '{source}', which the file's 'sources' list does not; add '- {{source: {source}, locator: \"¶{paragraph}\"}}' to it, or correct the link");
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"\(source:(?<source>[a-z0-9-]+)#(?<paragraph>[0-9]+)\)")]
    private static partial Regex SourceLink();
}
