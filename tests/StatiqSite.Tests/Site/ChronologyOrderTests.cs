using System.Text.Json;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Site;

/// <summary>
/// Every list on the built site shows the records in an order the texts allow: for every pair that the
/// declared dates (one ends before the other can start) or the after/before links order, directly or
/// through a chain, the earlier comes first. The relation is worked out here from the content as
/// written, not taken from the generator's chronology.
/// </summary>
[Collection(RealSiteCollection.Name)]
public class ChronologyOrderTests(RealSite site)
{
    private readonly Lazy<HashSet<(string, string)>> before = new(() => Before(site.Content.Events, site.Content.Briefings, site.Content.Sources));

    [Fact]
    public void The_real_content_orders_enough_pairs_for_the_checks_to_mean_something()
    {
        // Links alone order more pairs than the dates do: the test must see them.
        Assert.True(before.Value.Count > 500, $"only {before.Value.Count} ordered pairs");
        Assert.Contains(("event:mosul-freed-from-isis", "event:reprisals-in-mosul"), before.Value);
        Assert.Contains(("event:soleimani-killed-in-us-strike", "event:kadhimi-becomes-prime-minister"), before.Value);
    }

    [Fact]
    public void The_timeline_and_every_filter_page_list_events_in_order()
    {
        var pages = site.AllPages().Where(p => p.StartsWith("/timeline/", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 10);
        foreach (string url in pages)
        {
            var ids = site.Page(url).QuerySelectorAll("li.timeline-item").Select(li => "event:" + li.Id!["event-".Length..]).ToList();
            AssertInOrder(url, ids);
        }
    }

    [Fact]
    public void Briefings_are_listed_newest_first_and_the_home_page_stands_on_the_latest()
    {
        var listed = site.Page("/briefings/").QuerySelectorAll("main a[href^='/briefings/']")
            .Select(a => "briefing:" + a.GetAttribute("href")!.Split('/')[2]).Distinct().ToList();
        Assert.Equal(site.Content.Briefings.Length, listed.Count);
        listed.Reverse();
        AssertInOrder("/briefings/", listed);

        var standing = site.Page("/").GetElementById("where-things-stand")!.Closest("section")!;
        string latest = "briefing:" + standing.QuerySelectorAll("a[href^='/briefings/']").Last().GetAttribute("href")!.Split('/')[2];
        Assert.DoesNotContain(before.Value, p => p.Item1 == latest && p.Item2.StartsWith("briefing:", StringComparison.Ordinal));
    }

    [Fact]
    public void Key_date_rails_and_mini_timelines_list_events_in_order()
    {
        foreach (string url in site.AllPages().Where(p => p.StartsWith("/explainers/", StringComparison.Ordinal) || p.StartsWith("/actors/", StringComparison.Ordinal) || p.StartsWith("/briefings/", StringComparison.Ordinal)))
        {
            var ids = site.Page(url).QuerySelectorAll(".key-dates a, .mini-timeline a")
                .Select(a => a.GetAttribute("href")!)
                .Select(h => h.StartsWith("#event-", StringComparison.Ordinal) ? h[7..] : h.StartsWith("/events/", StringComparison.Ordinal) ? h.Split('/')[2] : null)
                .OfType<string>()
                .Select(id => "event:" + id)
                .ToList();
            AssertInOrder(url, ids);
        }
    }

    [Fact]
    public void Downloads_and_the_timelinejs_export_list_events_in_order()
    {
        using var events = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data", "events.json")));
        AssertInOrder("events.json", [.. events.RootElement.GetProperty("events").EnumerateArray().Select(e => "event:" + e.GetProperty("id").GetString())]);

        // A row starts with the id and the event's URL; notes may run over several lines of the file.
        var rows = File.ReadAllLines(Path.Combine(site.Output, "data", "events.csv")).Where(l => l.Contains(",https://", StringComparison.Ordinal) && l.Split(',')[1].Contains("/events/", StringComparison.Ordinal));
        AssertInOrder("events.csv", [.. rows.Select(l => "event:" + l.Split(',')[0])]);

        using var timeline = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.Output, "data", "timeline.json")));
        AssertInOrder("timeline.json", [.. timeline.RootElement.GetProperty("events").EnumerateArray().Select(e => "event:" + e.GetProperty("unique_id").GetString())]);
    }

    private void AssertInOrder(string where, IReadOnlyList<string> ids)
    {
        for (int i = 0; i < ids.Count; i++)
        {
            for (int j = i + 1; j < ids.Count; j++)
            {
                Assert.False(before.Value.Contains((ids[j], ids[i])), $"{where}: {ids[i]} is listed before {ids[j]}, but the texts put it after");
            }
        }
    }

    /// <summary>The strict "comes before" relation: declared bounds that do not overlap, and links, closed under chains.</summary>
    private static HashSet<(string, string)> Before(IEnumerable<Event> events, IEnumerable<Briefing> briefings, IEnumerable<Source> sources)
    {
        var nodes = events.Select(e => ("event:" + e.Id, (EdtfDate?)e.Date, e.Sequence))
            .Concat(briefings.Select(b => ("briefing:" + b.Id, (EdtfDate?)b.Date, b.Sequence)))
            .Concat(sources.Select(s => ("source:" + s.Id, s.Published, s.Sequence)))
            .ToList();
        var ids = nodes.Select(n => n.Item1).ToList();
        int count = ids.Count;
        var reach = new bool[count, count];
        for (int a = 0; a < count; a++)
        {
            for (int b = 0; b < count; b++)
            {
                if (nodes[a].Item2 is { } x && nodes[b].Item2 is { } y && x.Latest < y.Earliest)
                {
                    reach[a, b] = true;
                }
            }

            foreach (var link in nodes[a].Item3)
            {
                int other = ids.IndexOf(link.Target.Kind.ToString().ToLowerInvariant() + ":" + link.Target.Id);
                if (other >= 0)
                {
                    _ = link.Relation == SequenceRelation.After ? reach[other, a] = true : reach[a, other] = true;
                }
            }
        }

        for (int k = 0; k < count; k++)
        {
            for (int a = 0; a < count; a++)
            {
                for (int b = 0; b < count; b++)
                {
                    reach[a, b] |= reach[a, k] && reach[k, b];
                }
            }
        }

        var pairs = new HashSet<(string, string)>();
        for (int a = 0; a < count; a++)
        {
            for (int b = 0; b < count; b++)
            {
                if (reach[a, b] && a != b)
                {
                    pairs.Add((ids[a], ids[b]));
                }
            }
        }

        return pairs;
    }
}
