using StatiqSite.Content.Model;

namespace StatiqSite.Theme;

/// <summary>
/// The timeline's filters with their event counts: every theme and every actor that has events. Actors
/// in more than one event come first; those in one only are listed apart, behind "more", so that the
/// list a reader scans is the story's recurring actors.
/// </summary>
public sealed record TimelineFilters(
    IReadOnlyList<(TimelineFilter Filter, int Count)> Themes,
    IReadOnlyList<(TimelineFilter Filter, int Count)> Actors,
    IReadOnlyList<(TimelineFilter Filter, int Count)> OneEventActors)
{
    /// <summary>Equal when the lists hold the same filters and counts: preview keeps a page whose filters did not change.</summary>
    public bool Equals(TimelineFilters? other) =>
        other is not null && Themes.SequenceEqual(other.Themes) && Actors.SequenceEqual(other.Actors) && OneEventActors.SequenceEqual(other.OneEventActors);

    public override int GetHashCode() => HashCode.Combine(Themes.Count, Actors.Count, OneEventActors.Count);

    public IEnumerable<TimelineFilter> All => Themes.Concat(Actors).Concat(OneEventActors).Select(f => f.Filter);

    public static TimelineFilters Of(Site site)
    {
        var actors = site.Actors
            .Select(a => (Filter: TimelineFilter.For(a, site.Urls), Count: site.EventsByActor.CountOf(a.Id)))
            .Where(f => f.Count > 0)
            .ToList();
        return new(
            [.. site.Themes
                .Select(t => (Filter: TimelineFilter.For(t, site.Urls), Count: site.EventsByTheme.CountOf(t.Id)))
                .Where(f => f.Count > 0)],
            [.. actors.Where(f => f.Count > 1)],
            [.. actors.Where(f => f.Count == 1)]);
    }
}
