using System.Collections.Immutable;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;

namespace StatiqSite.Content.Dates;

public sealed partial class Chronology
{
    /// <summary>Finds circles by depth-first search and reports each with every link in it, where it was written.</summary>
    private static void ReportCycles(ChronologyNode[] nodes, List<Edge> edges, ImmutableArray<ChronologyProblem>.Builder problems)
    {
        var outgoing = Outgoing(nodes.Length, edges);
        var state = new byte[nodes.Length];
        var path = new List<Edge>();
        var stack = new Stack<(int Node, int Next)>();
        int reported = 0;
        for (int root = 0; root < nodes.Length && reported < MaxCycleReports; root++)
        {
            if (state[root] != 0)
            {
                continue;
            }

            state[root] = 1;
            stack.Push((root, 0));
            while (stack.TryPop(out var frame))
            {
                if (frame.Next < outgoing[frame.Node].Count)
                {
                    stack.Push((frame.Node, frame.Next + 1));
                    var e = outgoing[frame.Node][frame.Next];
                    if (state[e.To] == 0)
                    {
                        state[e.To] = 1;
                        path.Add(e);
                        stack.Push((e.To, 0));
                    }
                    else if (state[e.To] == 1 && reported++ < MaxCycleReports)
                    {
                        var cycle = path.Skip(path.FindIndex(p => p.From == e.To)).Append(e).ToList();
                        problems.Add(new(ChronologyProblemKind.Cycle, nodes[cycle[0].Owner].Origin.At(cycle[0].Link.At),
                            "the after/before links go round in a circle: "
                            + string.Join(", then ", cycle.Select(c => Describe(nodes, c.Owner, c.Link)))
                            + "; remove or correct one of these links"));
                    }
                }
                else
                {
                    state[frame.Node] = 2;
                    if (path.Count > 0 && path[^1].To == frame.Node)
                    {
                        path.RemoveAt(path.Count - 1);
                    }
                }
            }
        }
    }

    /// <summary>
    /// A record whose earliest possible day is after its latest has no possible day. Every record on the
    /// chain between the two dates that clash is then impossible too; the clash is reported once, at the
    /// record whose own date is the one the links cannot meet.
    /// </summary>
    private static void ReportContradictions(ChronologyNode[] nodes, IReadOnlyDictionary<NodeRef, int> index, Limit?[] earliest, Limit?[] latest, ImmutableArray<ChronologyProblem>.Builder problems)
    {
        var clashes = Enumerable.Range(0, nodes.Length)
            .Where(Impossible)
            .GroupBy(i => (earliest[i]!.From, latest[i]!.From))
            .Select(g => g.FirstOrDefault(i => latest[i]!.Declared, g.First()));
        foreach (int i in clashes)
        {
            var from = earliest[i]!;
            var to = latest[i]!;
            problems.Add(new(ChronologyProblemKind.NoPossibleDay, nodes[i].Origin,
                $"{nodes[i].Ref} has no possible day: it must be on or after {from.Point.Text} ({Chain(i, from, earliest)}) "
                + $"but on or before {to.Point.Text} ({Chain(i, to, latest)}); correct one of these dates or links"));
        }

        bool Impossible(int i) => earliest[i] is { } a && latest[i] is { } b && a.Day > b.Day;

        string Chain(int start, Limit limit, Limit?[] limits)
        {
            var steps = new List<string>();
            int current = start;
            while (limit is { Through: { } link, Neighbour: { } neighbour })
            {
                int next = index[neighbour];
                steps.Add(Describe(nodes, link.Target == neighbour ? current : next, link));
                current = next;
                limit = limits[next]!;
            }

            steps.Add($"{nodes[current].Ref} is dated {nodes[current].Date?.Text}");
            return string.Join(", and ", steps);
        }
    }

    /// <summary>"event 'a' is after event 'b' (input/events/a.yml:9:5)": a link as its owner wrote it.</summary>
    private static string Describe(ChronologyNode[] nodes, int owner, SequenceLink link) =>
        $"{nodes[owner].Ref} is {Relation(link)} {link.Target} ({nodes[owner].Origin.At(link.At)})";

    private static string Relation(SequenceLink link) => link.Relation == SequenceRelation.After ? "after" : "before";
}
