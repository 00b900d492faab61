using System.Collections.Frozen;
using System.Collections.Immutable;

namespace StatiqSite.Content.Dates;

/// <summary>Two records in order, <see cref="Earlier"/> on or before <see cref="Later"/>, and the link that says so.</summary>
public sealed record OrderedPair(NodeRef Earlier, NodeRef Later, SequenceLink Link);

/// <summary>
/// The order of the story. Every record with a date (events, briefings, sources) is a node; each
/// <c>after:</c>/<c>before:</c> link says one node falls on or after another. The links and the declared
/// dates are combined into the days each node can fall on (<see cref="PlacementOf"/>), and into one
/// order (<see cref="Rank"/>) that every list on the site uses. See docs/content-guide.md ("Order")
/// for the rules and docs/theme.md for how the timeline draws them.
/// </summary>
public sealed partial class Chronology
{
    /// <summary>
    /// A record whose possible days span more than this is background: the texts place it only within a
    /// span of years, so the timeline lists it in order but never draws it as a point.
    /// </summary>
    public const int BackgroundSpanDays = 2 * 366;

    private readonly ChronologyNode[] nodes;
    private readonly FrozenDictionary<NodeRef, int> index;
    private readonly Limit?[] earliest;
    private readonly Limit?[] latest;
    private readonly int[] rank;

    private Chronology(ChronologyNode[] nodes, FrozenDictionary<NodeRef, int> index, Edge[] edges, Limit?[] earliest, Limit?[] latest, ImmutableArray<ChronologyProblem> problems)
    {
        this.nodes = nodes;
        this.index = index;
        this.earliest = earliest;
        this.latest = latest;
        Problems = problems;
        foreach (var limit in earliest.Concat(latest).OfType<Limit>())
        {
            CoverageStart = CoverageStart is { } s && s <= limit.Day ? s : limit.Day;
            CoverageEnd = CoverageEnd is { } e && e >= limit.Day ? e : limit.Day;
        }

        rank = Ranks(edges);
        links = edges
            .SelectMany(e => new[] { (Node: e.From, e), (Node: e.To, e) })
            .GroupBy(p => nodes[p.Node].Ref)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => new OrderedPair(nodes[p.e.From].Ref, nodes[p.e.To].Ref, p.e.Link)).ToImmutableArray());
    }

    private readonly FrozenDictionary<NodeRef, ImmutableArray<OrderedPair>> links;

    /// <summary>Every link that orders this node against another, whichever of the two wrote it.</summary>
    public ImmutableArray<OrderedPair> LinksOf(NodeRef node) => links.TryGetValue(node, out var found) ? found : [];

    public static readonly Chronology Empty = Build([]);

    /// <summary>Cycles and records left with no possible day; empty when the links hold.</summary>
    public ImmutableArray<ChronologyProblem> Problems { get; }

    /// <summary>The first day any record's bounds reach: where an open start is drawn from.</summary>
    public DateOnly? CoverageStart { get; }

    /// <summary>The last day any record's bounds reach: where the site's coverage ends.</summary>
    public DateOnly? CoverageEnd { get; }

    public bool Contains(NodeRef node) => index.ContainsKey(node);

    public Placement PlacementOf(NodeRef node) =>
        index.TryGetValue(node, out int i) ? new Placement(node, earliest[i], latest[i]) : new Placement(node, null, null);

    /// <summary>The node's place in the one order; nodes the chronology does not know sort last.</summary>
    public int Rank(NodeRef node) => index.TryGetValue(node, out int i) ? rank[i] : int.MaxValue;

    /// <summary>Sorts records into the one order, earliest first.</summary>
    public ImmutableArray<T> Order<T>(IEnumerable<T> items, Func<T, NodeRef> node) =>
        [.. items.OrderBy(item => Rank(node(item))).ThenBy(item => node(item).Id, StringComparer.Ordinal)];

    /// <summary>Whether the texts place the record only within a span of years (<see cref="BackgroundSpanDays"/>).</summary>
    public bool IsBackground(NodeRef node) =>
        index.TryGetValue(node, out int i) && Key(i).Latest - Key(i).Earliest > BackgroundSpanDays;

    /// <summary>
    /// The days a node can fall on as numbers, an open end taken as the first or last day of the whole
    /// chronology: "January 2020 or earlier" is then ordered among the records it may precede, not before
    /// the year 1.
    /// </summary>
    private (int Earliest, int Latest) Key(int i)
    {
        int first = CoverageStart?.DayNumber ?? 0;
        int last = CoverageEnd?.DayNumber ?? 0;
        int from = earliest[i]?.Day.DayNumber ?? first;
        int to = latest[i]?.Day.DayNumber ?? last;
        return (from, Math.Max(from, to));
    }
}
