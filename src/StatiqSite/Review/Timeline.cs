namespace StatiqSite.Review;

/// <summary>
/// Events that changed place in the timeline. The order is read from the timeline page's
/// <c>id="event-…"</c> anchors; events that keep their order relative to the most others (the longest
/// common ordered run) stay put, and each of the rest is reported with its neighbours before and after.
/// </summary>
public static class Timeline
{
    public const string Page = "timeline/index.html";

    private const string Prefix = "event-";

    public static List<TimelineMove> Moves(SiteSnapshot before, SiteSnapshot after)
    {
        if (!before.Files.ContainsKey(Page) || !after.Files.ContainsKey(Page) || after.SameBytes(Page, before))
        {
            return [];
        }

        var was = Order(before.View(Page));
        var now = Order(after.View(Page));
        var wasIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < was.Count; i++)
        {
            wasIndex.TryAdd(was[i].Id, i);
        }

        var nowIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < now.Count; i++)
        {
            nowIndex.TryAdd(now[i].Id, i);
        }

        var common = now.Where(e => wasIndex.ContainsKey(e.Id)).ToList();
        var staying = LongestIncreasing(common.Select(e => wasIndex[e.Id]).ToList()).Select(i => common[i].Id).ToHashSet(StringComparer.Ordinal);
        return [.. common.Where(e => !staying.Contains(e.Id)).Select(e =>
        {
            int w = wasIndex[e.Id], n = nowIndex[e.Id];
            return new TimelineMove(e.Id, e.Title,
                w > 0 ? was[w - 1].Title : null, w + 1 < was.Count ? was[w + 1].Title : null,
                n > 0 ? now[n - 1].Title : null, n + 1 < now.Count ? now[n + 1].Title : null);
        })];
    }

    /// <summary>The events in the order the page shows them, with the title of each card.</summary>
    public static List<(string Id, string Title)> Order(PageView page) =>
        [.. page.Document.QuerySelectorAll($"[id^='{Prefix}']").Select(e => (e.Id![Prefix.Length..],
            PageView.Squeeze(e.QuerySelector("h1, h2, h3, h4, h5, h6")?.TextContent ?? e.Id![Prefix.Length..])))];

    /// <summary>The positions, in <paramref name="values"/>, of one longest strictly increasing subsequence.</summary>
    private static IEnumerable<int> LongestIncreasing(IReadOnlyList<int> values)
    {
        var tails = new List<int>();
        var previous = new int[values.Count];
        for (int i = 0; i < values.Count; i++)
        {
            int lo = 0, hi = tails.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (values[tails[mid]] < values[i])
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            if (lo == tails.Count)
            {
                tails.Add(i);
            }
            else
            {
                tails[lo] = i;
            }
        }

        var result = new List<int>();
        for (int i = tails.Count > 0 ? tails[^1] : -1; i >= 0; i = previous[i])
        {
            result.Add(i);
        }

        result.Reverse();
        return result;
    }
}
