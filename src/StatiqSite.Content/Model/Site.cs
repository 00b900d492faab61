using System.Collections.Frozen;
using System.Collections.Immutable;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Language;

namespace StatiqSite.Content.Model;

/// <summary>
/// The whole validated site: every record, sorted for display, with the lookups and reverse
/// indexes that pages need (an actor's events, a source's citers). Built once per build, then shared
/// read-only by every rendering thread.
/// </summary>
public sealed class Site
{
    public Site(
        SiteSettings settings,
        ImmutableArray<EventTheme> themes,
        ImmutableArray<Era> eras,
        ImmutableArray<Source> sources,
        ImmutableArray<Actor> actors,
        ImmutableArray<Event> events,
        ImmutableArray<Figure> figures,
        ImmutableArray<Briefing> briefings,
        ImmutableArray<Explainer> explainers,
        ImmutableArray<Page> pages,
        Chronology chronology,
        bool includesDrafts)
    {
        Chronology = chronology;
        Settings = settings;
        Urls = new Urls(settings.BasePath);
        Themes = themes;
        Eras = [.. eras.OrderBy(e => e.From).ThenBy(e => e.Id, StringComparer.Ordinal)];
        Sources = [.. sources.OrderBy(s => s.Id, StringComparer.Ordinal)];
        Actors = [.. actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal)];
        Events = chronology.Order(events, e => Node(e));
        Figures = [.. figures.OrderBy(f => f.Id, StringComparer.Ordinal)];
        Briefings = [.. chronology.Order(briefings, b => Node(b)).Reverse()];
        Explainers = [.. explainers.OrderBy(e => e.Id, StringComparer.Ordinal)];
        Pages = [.. pages.OrderBy(p => p.Id, StringComparer.Ordinal)];
        IncludesDrafts = includesDrafts;

        ThemeById = Themes.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        EraById = Eras.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        SourceById = Sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        ActorById = Actors.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        EventById = Events.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        eventOrder = Events.Select((e, i) => (e.Id, i)).ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        FigureById = Figures.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);

        EventsByActor = Index(Events, e => e.Actors.Select(a => a.ActorId).Concat(e.Location is null ? [] : [e.Location.Id]));
        EventsByTheme = Index(Events, e => e.Themes.Select(t => t.Id));
        EventsByEra = Index(Events, e => [e.Era.Id]);
        Members = Index(Actors, a => a.Affiliations.Select(r => r.Id));
        ExplainersByActor = Index(Explainers, x => x.Body.Mentions);
        ExplainersByEvent = Index(Explainers, x => x.Events.Select(r => r.Id));
        BriefingsByEvent = Index(Briefings, b => b.Events.Select(r => r.Id));
        BriefingsByActor = Index(Briefings, b => b.Body.Mentions);
        EventsBySource = Index(Events, e => e.Sources.Select(c => c.SourceId));
        ActorsBySource = Index(Actors, a => a.Sources.Select(c => c.SourceId));
        FiguresBySource = Index(Figures, f => f.Values.Select(v => v.Citation.SourceId));
        ExplainersBySource = Index(Explainers, x => x.Sources.Select(c => c.SourceId));
        BriefingsBySource = Index(Briefings, b => b.Sources.Select(c => c.SourceId));
    }

    public SiteSettings Settings { get; }

    /// <summary>The rules of the site's language (<see cref="SiteSettings.Language"/>): dates, search, sentences, direction.</summary>
    public required LanguageRules Language { get; init; }

    /// <summary>Dates for readers, in the site's language.</summary>
    public DateFormatter Dates => Language.Formatter;

    /// <summary>The order of the story and the days each record can fall on; every list uses its order.</summary>
    public Chronology Chronology { get; }

    public static NodeRef Node(Event e) => new(NodeKind.Event, e.Id);

    public static NodeRef Node(Briefing b) => new(NodeKind.Briefing, b.Id);

    public static NodeRef Node(Source s) => new(NodeKind.Source, s.Id);

    public Urls Urls { get; }

    public bool IncludesDrafts { get; }

    public ImmutableArray<EventTheme> Themes { get; }

    public ImmutableArray<Era> Eras { get; }

    public ImmutableArray<Source> Sources { get; }

    /// <summary>Sorted by name, A to Z.</summary>
    public ImmutableArray<Actor> Actors { get; }

    /// <summary>In the one order of the story (<see cref="Chronology"/>), earliest first.</summary>
    public ImmutableArray<Event> Events { get; }

    public ImmutableArray<Figure> Figures { get; }

    /// <summary>In the one order of the story, newest first.</summary>
    public ImmutableArray<Briefing> Briefings { get; }

    public ImmutableArray<Explainer> Explainers { get; }

    public ImmutableArray<Page> Pages { get; }

    /// <summary>Newest first; set once, when the site is built.</summary>
    public ImmutableArray<Correction> Corrections
    {
        get;
        init
        {
            field = [.. value.OrderByDescending(c => c.Date).ThenBy(c => c.Page.Text, StringComparer.Ordinal).ThenBy(c => c.Origin.Position.Line)];
            CorrectionsByPage = field
                .GroupBy(c => c.Page.Text, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        }
    } = [];

    /// <summary>The corrections made to one page, newest first, keyed by <see cref="PageRef.Text"/>.</summary>
    public FrozenDictionary<string, ImmutableArray<Correction>> CorrectionsByPage { get; private init; } =
        FrozenDictionary<string, ImmutableArray<Correction>>.Empty;

    public ImmutableArray<Correction> CorrectionsFor(PageKind kind, string id) =>
        Lookup(CorrectionsByPage, PageRef.KindName(kind) + ":" + id);

    public FrozenDictionary<string, EventTheme> ThemeById { get; }

    public FrozenDictionary<string, Era> EraById { get; }

    public FrozenDictionary<string, Source> SourceById { get; }

    public FrozenDictionary<string, Actor> ActorById { get; }

    public FrozenDictionary<string, Event> EventById { get; }

    private readonly FrozenDictionary<string, int> eventOrder;

    public FrozenDictionary<string, Figure> FigureById { get; }

    /// <summary>Events an actor took part in or that happened at a place, in date order.</summary>
    public FrozenDictionary<string, ImmutableArray<Event>> EventsByActor { get; }

    public FrozenDictionary<string, ImmutableArray<Event>> EventsByTheme { get; }

    public FrozenDictionary<string, ImmutableArray<Event>> EventsByEra { get; }

    /// <summary>The actors affiliated with an actor: the other direction of <see cref="Actor.Affiliations"/>.</summary>
    public FrozenDictionary<string, ImmutableArray<Actor>> Members { get; }

    public FrozenDictionary<string, ImmutableArray<Explainer>> ExplainersByActor { get; }

    public FrozenDictionary<string, ImmutableArray<Explainer>> ExplainersByEvent { get; }

    public FrozenDictionary<string, ImmutableArray<Briefing>> BriefingsByEvent { get; }

    /// <summary>Briefings whose body mentions an actor (see <see cref="MarkdownText.Mentions"/>).</summary>
    public FrozenDictionary<string, ImmutableArray<Briefing>> BriefingsByActor { get; }

    /// <summary>The records that cite a source, by source id: a source page lists them all.</summary>
    public FrozenDictionary<string, ImmutableArray<Event>> EventsBySource { get; }

    public FrozenDictionary<string, ImmutableArray<Actor>> ActorsBySource { get; }

    public FrozenDictionary<string, ImmutableArray<Figure>> FiguresBySource { get; }

    public FrozenDictionary<string, ImmutableArray<Explainer>> ExplainersBySource { get; }

    public FrozenDictionary<string, ImmutableArray<Briefing>> BriefingsBySource { get; }

    /// <summary>
    /// The events with these ids, each once, in timeline order; unknown ids are skipped. A page that
    /// lists a few events finds them by id instead of scanning every event.
    /// </summary>
    public ImmutableArray<Event> EventsWithIds(IEnumerable<string> ids)
    {
        var positions = new List<int>();
        foreach (string id in ids)
        {
            if (eventOrder.TryGetValue(id, out int position) && !positions.Contains(position))
            {
                positions.Add(position);
            }
        }

        positions.Sort();
        var found = ImmutableArray.CreateBuilder<Event>(positions.Count);
        foreach (int position in positions)
        {
            found.Add(Events[position]);
        }

        return found.MoveToImmutable();
    }

    public ImmutableArray<T> Lookup<T>(FrozenDictionary<string, ImmutableArray<T>> index, string id) =>
        index.TryGetValue(id, out var items) ? items : [];

    // A plain loop rather than SelectMany/GroupBy: this runs on every preview rebuild of a large site.
    private static FrozenDictionary<string, ImmutableArray<T>> Index<T>(ImmutableArray<T> items, Func<T, IEnumerable<string>> keys)
    {
        var groups = new Dictionary<string, ImmutableArray<T>.Builder>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            seen.Clear();
            foreach (string key in keys(item))
            {
                if (!seen.Add(key))
                {
                    continue;
                }

                if (!groups.TryGetValue(key, out var group))
                {
                    groups[key] = group = ImmutableArray.CreateBuilder<T>();
                }

                group.Add(item);
            }
        }

        return groups.ToFrozenDictionary(g => g.Key, g => g.Value.ToImmutable(), StringComparer.Ordinal);
    }
}
