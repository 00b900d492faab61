namespace StatiqSite.Review;

/// <summary>One stretch of a word diff: words kept, removed or added, in reading order.</summary>
public enum EditKind
{
    Same,
    Removed,
    Added,
}

public sealed record WordRun(EditKind Kind, string Text);

/// <summary>A changed passage: a few unchanged words around the words removed and added.</summary>
public sealed record TextHunk(IReadOnlyList<WordRun> Runs);

/// <summary>
/// A word-level diff (Myers' O(ND) algorithm over words, after trimming the common start and end),
/// grouped into passages with a little context. A rewrite beyond <see cref="MaxEdits"/> edits is shown
/// as one replacement rather than searched for a shortest script.
/// </summary>
public static class WordDiff
{
    public const int MaxEdits = 2000;

    public const int Context = 6;

    public static IReadOnlyList<TextHunk> Hunks(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var edits = Edits(before, after);
        var hunks = new List<TextHunk>();
        int i = 0, previousEnd = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == EditKind.Same)
            {
                i++;
                continue;
            }

            // A passage runs from one change to the last change that follows within two contexts' distance.
            int start = i, end = i;
            for (int j = i; j < edits.Count; j++)
            {
                if (edits[j].Kind != EditKind.Same)
                {
                    end = j;
                }
                else if (j - end > 2 * Context)
                {
                    break;
                }
            }

            // Changes further apart than that were split at the break above, so the words around them are all kept ones.
            int from = Math.Max(previousEnd, start - Context);
            int to = Math.Min(edits.Count, end + 1 + Context);
            hunks.Add(new TextHunk(Runs(edits, from, to)));
            i = previousEnd = to;
        }

        return hunks;
    }

    private static IReadOnlyList<WordRun> Runs(List<(EditKind Kind, string Word)> edits, int from, int to)
    {
        var runs = new List<WordRun>();
        int i = from;
        while (i < to)
        {
            var kind = edits[i].Kind;
            int j = i;
            while (j < to && edits[j].Kind == kind)
            {
                j++;
            }

            runs.Add(new WordRun(kind, string.Join(' ', edits.Skip(i).Take(j - i).Select(e => e.Word))));
            i = j;
        }

        return runs;
    }

    /// <summary>The words of both texts in order, each marked kept, removed or added; removals before additions.</summary>
    public static List<(EditKind Kind, string Word)> Edits(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        int prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        int suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var result = new List<(EditKind, string)>(a.Count + b.Count);
        for (int i = 0; i < prefix; i++)
        {
            result.Add((EditKind.Same, a[i]));
        }

        Middle(a, prefix, a.Count - suffix, b, prefix, b.Count - suffix, result);
        for (int i = a.Count - suffix; i < a.Count; i++)
        {
            result.Add((EditKind.Same, a[i]));
        }

        return result;
    }

    private static void Middle(IReadOnlyList<string> a, int aStart, int aEnd, IReadOnlyList<string> b, int bStart, int bEnd, List<(EditKind, string)> result)
    {
        int n = aEnd - aStart, m = bEnd - bStart;
        int max = Math.Min(n + m, MaxEdits);
        int offset = max + 1;
        var v = new int[2 * max + 3];
        var trace = new List<int[]>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++)
        {
            trace.Add((int[])v.Clone());
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[aStart + x] == b[bStart + y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = d;
                    break;
                }
            }
        }

        if (found < 0)
        {
            // Too different to search further: everything removed, then everything added.
            for (int i = aStart; i < aEnd; i++)
            {
                result.Add((EditKind.Removed, a[i]));
            }

            for (int j = bStart; j < bEnd; j++)
            {
                result.Add((EditKind.Added, b[j]));
            }

            return;
        }

        // Walk the trace back from the end, then emit in reading order.
        var backwards = new List<(EditKind, string)>();
        int px = n, py = m;
        for (int d = found; d > 0; d--)
        {
            var prev = trace[d];
            int k = px - py;
            int prevK = k == -d || (k != d && prev[offset + k - 1] < prev[offset + k + 1]) ? k + 1 : k - 1;
            int prevX = prev[offset + prevK];
            int prevY = prevX - prevK;
            while (px > prevX && py > prevY)
            {
                backwards.Add((EditKind.Same, a[aStart + px - 1]));
                px--;
                py--;
            }

            if (px == prevX)
            {
                backwards.Add((EditKind.Added, b[bStart + py - 1]));
                py--;
            }
            else
            {
                backwards.Add((EditKind.Removed, a[aStart + px - 1]));
                px--;
            }
        }

        while (px > 0 && py > 0)
        {
            backwards.Add((EditKind.Same, a[aStart + px - 1]));
            px--;
            py--;
        }

        backwards.Reverse();
        result.AddRange(GroupRemovalsFirst(backwards));
    }

    // Within a run of changes, all removed words first, then all added ones, which reads as "this became that".
    private static IEnumerable<(EditKind, string)> GroupRemovalsFirst(List<(EditKind Kind, string Word)> edits)
    {
        int i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == EditKind.Same)
            {
                yield return edits[i++];
                continue;
            }

            int j = i;
            while (j < edits.Count && edits[j].Kind != EditKind.Same)
            {
                j++;
            }

            foreach (var e in edits.Skip(i).Take(j - i).Where(e => e.Kind == EditKind.Removed))
            {
                yield return e;
            }

            foreach (var e in edits.Skip(i).Take(j - i).Where(e => e.Kind == EditKind.Added))
            {
                yield return e;
            }

            i = j;
        }
    }
}
