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
                    int first = Number(m.Groups["paragraph"]);
                    int last = m.Groups["last"].Success ? Math.Max(first, Number(m.Groups["last"])) : first;

                    // A range written as its text ([¶20–24](source:id#20)) cites every paragraph in it.
                    foreach (int paragraph in Enumerable.Range(first, Math.Min(last - first, 100) + 1).Where(p => !list.Contains((source, p))))
                    {
                        diagnostics.Warning(Codes.UncitedParagraph, file.Origin.At(new TextPosition(i + 1, m.Index + 1)),
                            $"the text cites ¶{paragraph} of '{source}', which the file's 'sources' list does not; add '- {{source: {source}, locator: \"¶{paragraph}\"}}' to it, or correct the link");
                    }
                }
            }
        }
    }

    private static int Number(Group group) =>
        int.TryParse(group.ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) ? n : 0;

    // The link text is read only for a range (¶20–24); the paragraph itself is the link's fragment.
    [GeneratedRegex(@"(?:\[¶ ?[0-9]+(?:[–-](?<last>[0-9]+))?\])?\(source:(?<source>[a-z0-9-]+)#(?<paragraph>[0-9]+)\)")]
    private static partial Regex SourceLink();
}
