using System.Collections.Immutable;
using System.Runtime.InteropServices;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;

namespace StatiqSite.Pipelines;

/// <summary>
/// What a page shows beyond its parameters, declared by its pipeline so that preview can skip drawing
/// pages whose inputs did not change. <see cref="Everything"/> (the default) always draws. A declaration
/// must name every record the page's components read from the site: a missing one leaves a stale page
/// in preview (never in a clean build), which the incremental build tests are there to catch.
/// </summary>
public sealed class PageInputs
{
    private readonly List<object?> items = [];

    private PageInputs(bool everything) => IsEverything = everything;

    /// <summary>The page may read anything: it is drawn on every build.</summary>
    public static PageInputs Everything => new(everything: true);

    /// <summary>The page shows only its parameters and what every page shows (settings, theme assets).</summary>
    public static PageInputs None => new(everything: false);

    public bool IsEverything { get; }

    public IReadOnlyList<object?> Items => items;

    /// <summary>
    /// Whole collections the page may read from (a kind of record that is small, or read through the
    /// site's lookups): any change to one of their records draws the page again.
    /// </summary>
    public PageInputs AndAll<T>(params ImmutableArray<T>[] collections)
    {
        foreach (var collection in collections)
        {
            items.Add(new Incremental.Collection(ImmutableCollectionsMarshal.AsArray(collection) ?? []));
        }

        return this;
    }

    /// <summary>Values or records the page shows; lists are compared item by item.</summary>
    public PageInputs And(params object?[] values)
    {
        items.AddRange(values);
        return this;
    }

    /// <summary>An event as a card shows it: with its participants' and place's names and roles, and its sources' names.</summary>
    public PageInputs AndEvent(Site site, Event e)
    {
        items.Add(e);
        foreach (var participant in e.Actors)
        {
            items.Add(site.ActorById.GetValueOrDefault(participant.ActorId));
        }

        if (e.Location is { } place)
        {
            items.Add(site.ActorById.GetValueOrDefault(place.Id));
        }

        foreach (var citation in e.Sources)
        {
            items.Add(site.SourceById.GetValueOrDefault(citation.SourceId));
        }

        return this;
    }

    /// <summary>
    /// Where a record stands in the order of the story: its possible days and its links with the records
    /// at their other ends, which an edit to another file can change.
    /// </summary>
    public PageInputs AndPlacement(Site site, NodeRef node)
    {
        items.Add(site.Chronology.PlacementOf(node));
        foreach (var pair in site.Chronology.LinksOf(node))
        {
            var other = pair.Earlier == node ? pair.Later : pair.Earlier;
            items.Add(pair);
            items.Add(other.Kind switch
            {
                NodeKind.Event => site.EventById.GetValueOrDefault(other.Id),
                NodeKind.Source => site.SourceById.GetValueOrDefault(other.Id),
                _ => site.Briefings.FirstOrDefault(b => b.Id == other.Id),
            });
        }

        return this;
    }

    /// <summary>
    /// How a timeline or a download places its events: each one's possible days and links, and the span
    /// of the whole story that open ends are read against.
    /// </summary>
    public PageInputs AndPlacements(Site site, IEnumerable<Event> events)
    {
        items.Add(site.Chronology.CoverageStart);
        items.Add(site.Chronology.CoverageEnd);
        items.Add(events.Select(e => site.Chronology.PlacementOf(Site.Node(e))).ToArray());
        items.Add(events.SelectMany(e => site.Chronology.LinksOf(Site.Node(e))).ToArray());
        return this;
    }

    /// <summary>A figure as a panel shows it: with the sources its values cite.</summary>
    public PageInputs AndFigure(Site site, Figure f)
    {
        items.Add(f);
        foreach (var value in f.Values)
        {
            items.Add(site.SourceById.GetValueOrDefault(value.Citation.SourceId));
        }

        return this;
    }

    /// <summary>Rendered Markdown: the event cards and figure panels its shortcodes place.</summary>
    public PageInputs AndBody(Site site, MarkdownText body)
    {
        foreach (var segment in body.Segments)
        {
            switch (segment)
            {
                case EventCardSegment card:
                    if (site.EventById.TryGetValue(card.EventId, out var e))
                    {
                        AndEvent(site, e);
                    }
                    else
                    {
                        items.Add(card.EventId);
                    }

                    break;
                case FigurePanelSegment panel:
                    if (site.FigureById.TryGetValue(panel.FigureId, out var f))
                    {
                        AndFigure(site, f);
                    }
                    else
                    {
                        items.Add(panel.FigureId);
                    }

                    break;
            }
        }

        return this;
    }
}
