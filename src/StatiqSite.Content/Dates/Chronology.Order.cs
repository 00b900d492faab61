namespace StatiqSite.Content.Dates;

public sealed partial class Chronology
{
    /// <summary>
    /// The one order: a topological sort that honours every link, and every pair of records whose
    /// possible days do not overlap (A first when A's last possible day is before B's first). Among the
    /// records free to come next, the one whose possible days are centred earliest comes first, then the
    /// one that can start earliest, then the one that must end earliest, then by kind and id. Ordering by
    /// the centre rather than the first possible day keeps a record known only to "2003–2020" from
    /// opening the story as if it happened in 2003.
    /// </summary>
    private int[] Ranks(Edge[] edges)
    {
        int n = nodes.Length;
        var keys = new (int Earliest, int Latest)[n];
        var indegree = new int[n];
        var outgoing = new List<int>[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = Key(i);
            outgoing[i] = [];
        }

        foreach (var e in edges)
        {
            indegree[e.To]++;
            outgoing[e.From].Add(e.To);
        }

        // A record may come next only when no record left ends before it can start.
        var byLatest = Enumerable.Range(0, n).OrderBy(i => keys[i].Latest).ThenBy(i => i).ToArray();
        int cursor = 0;
        var placed = new bool[n];
        var ready = new SortedSet<int>(Comparer<int>.Create((a, b) =>
        {
            int c = (keys[a].Earliest + keys[a].Latest).CompareTo(keys[b].Earliest + keys[b].Latest);
            c = c != 0 ? c : keys[a].Earliest.CompareTo(keys[b].Earliest);
            c = c != 0 ? c : keys[a].Latest.CompareTo(keys[b].Latest);
            return c != 0 ? c : a.CompareTo(b);
        }));
        for (int i = 0; i < n; i++)
        {
            if (indegree[i] == 0)
            {
                ready.Add(i);
            }
        }

        var rank = new int[n];
        int next = 0;
        while (ready.Count > 0)
        {
            while (cursor < n && placed[byLatest[cursor]])
            {
                cursor++;
            }

            int bound = cursor < n ? keys[byLatest[cursor]].Latest : int.MaxValue;
            int chosen = -1;
            foreach (int candidate in ready)
            {
                if (keys[candidate].Earliest <= bound)
                {
                    chosen = candidate;
                    break;
                }
            }

            // None is free only when links and dates contradict each other, which is reported as a problem.
            chosen = chosen >= 0 ? chosen : ready.Min;
            ready.Remove(chosen);
            placed[chosen] = true;
            rank[chosen] = next++;
            foreach (int t in outgoing[chosen])
            {
                if (--indegree[t] == 0)
                {
                    ready.Add(t);
                }
            }
        }

        // Records in a circle of links never become free; a circle is an error, so any order will do.
        for (int i = 0; i < n; i++)
        {
            if (!placed[i])
            {
                rank[i] = next++;
            }
        }

        return rank;
    }
}
