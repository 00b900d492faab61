using System.Collections.Immutable;
using StatiqSite.Content.Dates;

namespace StatiqSite.Content.Model;

/// <summary>
/// The site's <see cref="Dates.Chronology"/> as pages read it: each node a page asks about is noted in the
/// page's <see cref="ReadLog"/> with the answer, so an edit that moves one record draws again the pages
/// that show where it stands, not every page that shows a date.
/// </summary>
public sealed class StoryOrder(Chronology chronology)
{
    private readonly Chronology chronology = chronology;

    private static readonly Func<Site, NodeRef, Placement> PlacementAgain = static (site, node) => site.Chronology.chronology.PlacementOf(node);
    private static readonly Func<Site, NodeRef, ImmutableArray<OrderedPair>> LinksAgain = static (site, node) => site.Chronology.chronology.LinksOf(node);
    private static readonly Func<Site, NodeRef, int> RankAgain = static (site, node) => site.Chronology.chronology.Rank(node);
    private static readonly Func<Site, NodeRef, bool> BackgroundAgain = static (site, node) => site.Chronology.chronology.IsBackground(node);

    private static readonly Func<Site, DateOnly?> CoverageStartAgain = static site => site.Chronology.chronology.CoverageStart;
    private static readonly Func<Site, DateOnly?> CoverageEndAgain = static site => site.Chronology.chronology.CoverageEnd;

    /// <inheritdoc cref="Chronology.CoverageStart"/>
    public DateOnly? CoverageStart => Noted(CoverageStartAgain, chronology.CoverageStart);

    /// <inheritdoc cref="Chronology.CoverageEnd"/>
    public DateOnly? CoverageEnd => Noted(CoverageEndAgain, chronology.CoverageEnd);

    /// <inheritdoc cref="Chronology.LinksOf"/>
    public ImmutableArray<OrderedPair> LinksOf(NodeRef node) => Noted(LinksAgain, node, chronology.LinksOf(node));

    /// <inheritdoc cref="Chronology.PlacementOf"/>
    public Placement PlacementOf(NodeRef node) => Noted(PlacementAgain, node, chronology.PlacementOf(node));

    /// <inheritdoc cref="Chronology.Rank"/>
    public int Rank(NodeRef node) => Noted(RankAgain, node, chronology.Rank(node));

    /// <inheritdoc cref="Chronology.IsBackground"/>
    public bool IsBackground(NodeRef node) => Noted(BackgroundAgain, node, chronology.IsBackground(node));

    /// <summary>Sorts records into the one order, earliest first; the page has read each one's rank.</summary>
    public ImmutableArray<T> Order<T>(IEnumerable<T> items, Func<T, NodeRef> node)
    {
        var all = items as IReadOnlyCollection<T> ?? [.. items];
        foreach (var item in all)
        {
            Rank(node(item));
        }

        return chronology.Order(all, node);
    }

    private static T Noted<T>(Func<Site, NodeRef, T> again, NodeRef node, T seen)
    {
        ReadLog.Keyed(again, node, seen);
        return seen;
    }

    private static T Noted<T>(Func<Site, T> again, T seen)
    {
        ReadLog.Value(again, seen);
        return seen;
    }
}
