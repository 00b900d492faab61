using System.Collections.Frozen;
using System.Collections.Immutable;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;

namespace StatiqSite.Content.Dates;

public sealed partial class Chronology
{
    /// <summary>At most this many circles are reported; one is enough to start fixing.</summary>
    private const int MaxCycleReports = 20;

    /// <summary>Node <see cref="From"/> falls on or before node <see cref="To"/>, because of <see cref="Link"/>, written in node <see cref="Owner"/>'s file.</summary>
    private readonly record struct Edge(int From, int To, SequenceLink Link, int Owner);

    /// <summary>
    /// Combines the declared dates and the links. Links to records it does not know are left out (the
    /// validator reports them, with "did you mean"); a record that appears twice counts once.
    /// </summary>
    public static Chronology Build(IEnumerable<ChronologyNode> input)
    {
        var nodes = new List<ChronologyNode>();
        var index = new Dictionary<NodeRef, int>();
        foreach (var node in input.OrderBy(n => n.Ref.Kind).ThenBy(n => n.Ref.Id, StringComparer.Ordinal))
        {
            if (index.TryAdd(node.Ref, nodes.Count))
            {
                nodes.Add(node);
            }
        }

        var problems = ImmutableArray.CreateBuilder<ChronologyProblem>();
        var edges = new List<Edge>();
        for (int i = 0; i < nodes.Count; i++)
        {
            foreach (var link in nodes[i].Links)
            {
                if (!index.TryGetValue(link.Target, out int target))
                {
                    continue;
                }

                if (target == i)
                {
                    problems.Add(new(ChronologyProblemKind.Cycle, nodes[i].Origin.At(link.At),
                        $"{nodes[i].Ref} cannot be {Relation(link)} itself; name another record"));
                    continue;
                }

                edges.Add(link.Relation == SequenceRelation.After ? new Edge(target, i, link, i) : new Edge(i, target, link, i));
            }
        }

        var all = nodes.ToArray();
        var earliest = all.Select(n => n.DeclaredEarliest()).ToArray();
        var latest = all.Select(n => n.DeclaredLatest()).ToArray();
        var order = TopologicalOrder(all.Length, edges);
        if (order is null)
        {
            ReportCycles(all, edges, problems);
        }
        else
        {
            Propagate(all, order, edges, earliest, latest);
            ReportContradictions(all, index, earliest, latest, problems);
        }

        return new Chronology(all, index.ToFrozenDictionary(), [.. edges], earliest, latest, problems.ToImmutable());
    }

    /// <summary>Kahn's algorithm; null when the links go round in a circle.</summary>
    private static int[]? TopologicalOrder(int count, List<Edge> edges)
    {
        var indegree = new int[count];
        var outgoing = Outgoing(count, edges);
        foreach (var e in edges)
        {
            indegree[e.To]++;
        }

        var queue = new Queue<int>(Enumerable.Range(0, count).Where(i => indegree[i] == 0));
        var order = new List<int>(count);
        while (queue.TryDequeue(out int v))
        {
            order.Add(v);
            foreach (var e in outgoing[v])
            {
                if (--indegree[e.To] == 0)
                {
                    queue.Enqueue(e.To);
                }
            }
        }

        return order.Count == count ? [.. order] : null;
    }

    private static List<Edge>[] Outgoing(int count, List<Edge> edges)
    {
        var outgoing = new List<Edge>[count];
        for (int i = 0; i < count; i++)
        {
            outgoing[i] = [];
        }

        foreach (var e in edges)
        {
            outgoing[e.From].Add(e);
        }

        return outgoing;
    }

    /// <summary>
    /// One pass forward and one back in topological order reaches the fixed point: a record cannot start
    /// before anything it comes after can, nor end after anything it comes before can end.
    /// </summary>
    private static void Propagate(ChronologyNode[] nodes, int[] order, List<Edge> edges, Limit?[] earliest, Limit?[] latest)
    {
        var incoming = new List<Edge>[earliest.Length];
        var outgoing = Outgoing(earliest.Length, edges);
        for (int i = 0; i < incoming.Length; i++)
        {
            incoming[i] = [];
        }

        foreach (var e in edges)
        {
            incoming[e.To].Add(e);
        }

        foreach (int v in order)
        {
            foreach (var e in incoming[v])
            {
                if (earliest[e.From] is { } before && (earliest[v] is not { } own || before.Day > own.Day))
                {
                    earliest[v] = before with { Through = e.Link, Neighbour = nodes[e.From].Ref };
                }
            }
        }

        for (int k = order.Length - 1; k >= 0; k--)
        {
            int v = order[k];
            foreach (var e in outgoing[v])
            {
                if (latest[e.To] is { } after && (latest[v] is not { } own || after.Day < own.Day))
                {
                    latest[v] = after with { Through = e.Link, Neighbour = nodes[e.To].Ref };
                }
            }
        }
    }
}
