using System.Collections.Immutable;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;

namespace StatiqSite.Theme;

/// <summary>A run of events of one era, in the one order; <see cref="Continued"/> when the era opened earlier on the page.</summary>
public sealed record EraRun(Era Era, ImmutableArray<TimelineGroup> Groups, bool Continued)
{
    public int Count => Groups.Sum(g => g.Events.Length);
}

/// <summary>Events under one heading: a year of the dated line, or background (<see cref="Year"/> null).</summary>
public sealed record TimelineGroup(int? Year, ImmutableArray<Event> Events)
{
    public bool IsBackground => Year is null;
}

/// <summary>
/// Cuts the timeline's events, already in the one order, into the runs and groups the page draws: a new
/// era section wherever the era changes, and within it a heading for each year the dated line enters, or
/// a "Background" block for events placed only within a span of years. Nothing is reordered here.
/// </summary>
public static class TimelineLayout
{
    public static ImmutableArray<EraRun> Runs(Site site, ImmutableArray<Event> events)
    {
        var runs = ImmutableArray.CreateBuilder<EraRun>();
        var opened = new HashSet<string>(StringComparer.Ordinal);
        int start = 0;
        for (int i = 1; i <= events.Length; i++)
        {
            if (i < events.Length && events[i].Era.Id == events[start].Era.Id)
            {
                continue;
            }

            if (site.EraById.TryGetValue(events[start].Era.Id, out var era))
            {
                runs.Add(new EraRun(era, Groups(site, events[start..i]), !opened.Add(era.Id)));
            }

            start = i;
        }

        return runs.ToImmutable();
    }

    private static ImmutableArray<TimelineGroup> Groups(Site site, ImmutableArray<Event> events)
    {
        var groups = ImmutableArray.CreateBuilder<TimelineGroup>();
        var current = ImmutableArray.CreateBuilder<Event>();
        int? heading = null;
        bool background = false;
        int lastYear = int.MinValue;
        foreach (var e in events)
        {
            var node = Site.Node(e);
            bool isBackground = site.Chronology.IsBackground(node);
            int year = site.Chronology.PlacementOf(node).Earliest?.Day.Year ?? lastYear;
            // A year heading only when the dated line moves into a later year: a span that starts earlier
            // than its neighbours stays under the current heading and shows its own dates.
            bool newYear = !isBackground && year > lastYear;
            if (current.Count > 0 && (isBackground != background || newYear))
            {
                groups.Add(new TimelineGroup(background ? null : heading, current.ToImmutable()));
                current.Clear();
            }

            if (newYear)
            {
                heading = lastYear = year;
            }

            background = isBackground;
            current.Add(e);
        }

        if (current.Count > 0)
        {
            groups.Add(new TimelineGroup(background ? null : heading, current.ToImmutable()));
        }

        return groups.ToImmutable();
    }
}
