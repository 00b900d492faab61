using System.Collections.Immutable;
using StatiqSite.Content.Dates;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Loading.Readers;

/// <summary>
/// Reads <c>after:</c> and <c>before:</c> lists: each item names one record (<c>event</c>, <c>briefing</c>
/// or <c>published</c>, the publication of a source) and the paragraph that orders the two
/// (<c>source</c>, <c>locator</c>, optional <c>quote</c>, as in <c>sources:</c>).
/// </summary>
public static class SequenceReader
{
    private static readonly (string Key, NodeKind Kind)[] Targets =
    [
        ("event", NodeKind.Event),
        ("briefing", NodeKind.Briefing),
        ("published", NodeKind.Source),
    ];

    public static ImmutableArray<SequenceLink> Read(Fields f) =>
    [
        .. f.Records("after", "link", item => Link(item, SequenceRelation.After)),
        .. f.Records("before", "link", item => Link(item, SequenceRelation.Before)),
    ];

    private static SequenceLink? Link(Fields f, SequenceRelation relation)
    {
        var named = new List<(string Key, NodeKind Kind, string Id)>();
        foreach (var (key, kind) in Targets)
        {
            if (f.Text(key) is { } id)
            {
                named.Add((key, kind, id));
            }
        }

        var support = CitationReader.Read(f);
        if (named.Count != 1)
        {
            string what = relation == SequenceRelation.After ? "after" : "before";
            f.Error(named.Count == 0 ? Codes.MissingField : Codes.InvalidValue, f.At, named.Count == 0
                ? $"say what this comes {what}: 'event: <id>', 'briefing: <id>' or 'published: <source id>', with the 'source' and 'locator' of the words that order them"
                : $"name one record per item, not {string.Join(" and ", named.Select(n => $"'{n.Key}'"))}; write one item for each");
            return null;
        }

        return support is null ? null : new SequenceLink(relation, new NodeRef(named[0].Kind, named[0].Id), support, f.Raw(named[0].Key)!.At);
    }
}
