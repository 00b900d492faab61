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
        Chronology = new StoryOrder(chronology);
        this.settings = settings;
        urls = new Urls(settings.BasePath);
        this.themes = themes;
        this.eras = [.. eras.OrderBy(e => e.From).ThenBy(e => e.Id, StringComparer.Ordinal)];
        this.sources = [.. sources.OrderBy(s => s.Id, StringComparer.Ordinal)];
        this.actors = [.. actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id, StringComparer.Ordinal)];
        this.events = chronology.Order(events, e => Node(e));
        this.figures = [.. figures.OrderBy(f => f.Id, StringComparer.Ordinal)];
        this.briefings = [.. chronology.Order(briefings, b => Node(b)).Reverse()];
        this.explainers = [.. explainers.OrderBy(e => e.Id, StringComparer.Ordinal)];
        this.pages = [.. pages.OrderBy(p => p.Id, StringComparer.Ordinal)];
        this.includesDrafts = includesDrafts;

        ThemeById = new ById<EventTheme>(this.themes.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal), static s => s.ThemeById);
        EraById = new ById<Era>(this.eras.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal), static s => s.EraById);
        SourceById = new ById<Source>(this.sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal), static s => s.SourceById);
        ActorById = new ById<Actor>(this.actors.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal), static s => s.ActorById);
        EventById = new ById<Event>(this.events.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal), static s => s.EventById);
        eventOrder = this.events.Select((e, i) => (e.Id, i)).ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        FigureById = new ById<Figure>(this.figures.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal), static s => s.FigureById);

        EventsByActor = new ByKey<Event>(Index(this.events, e => e.Actors.Select(a => a.ActorId).Concat(e.Location is null ? [] : [e.Location.Id])), static s => s.EventsByActor);
        EventsByTheme = new ByKey<Event>(Index(this.events, e => e.Themes.Select(t => t.Id)), static s => s.EventsByTheme);
        EventsByEra = new ByKey<Event>(Index(this.events, e => [e.Era.Id]), static s => s.EventsByEra);
        Members = new ByKey<Actor>(Index(this.actors, a => a.Affiliations.Select(r => r.Id)), static s => s.Members);
        ExplainersByActor = new ByKey<Explainer>(Index(this.explainers, x => x.Body.Mentions), static s => s.ExplainersByActor);
        ExplainersByEvent = new ByKey<Explainer>(Index(this.explainers, x => x.Events.Select(r => r.Id)), static s => s.ExplainersByEvent);
        BriefingsByEvent = new ByKey<Briefing>(Index(this.briefings, b => b.Events.Select(r => r.Id)), static s => s.BriefingsByEvent);
        BriefingsByActor = new ByKey<Briefing>(Index(this.briefings, b => b.Body.Mentions), static s => s.BriefingsByActor);
        EventsBySource = new ByKey<Event>(Index(this.events, e => e.Sources.Select(c => c.SourceId)), static s => s.EventsBySource);
        ActorsBySource = new ByKey<Actor>(Index(this.actors, a => a.Sources.Select(c => c.SourceId)), static s => s.ActorsBySource);
        FiguresBySource = new ByKey<Figure>(Index(this.figures, f => f.Values.Select(v => v.Citation.SourceId)), static s => s.FiguresBySource);
        ExplainersBySource = new ByKey<Explainer>(Index(this.explainers, x => x.Sources.Select(c => c.SourceId)), static s => s.ExplainersBySource);
        BriefingsBySource = new ByKey<Briefing>(Index(this.briefings, b => b.Sources.Select(c => c.SourceId)), static s => s.BriefingsBySource);
    }

    private readonly SiteSettings settings;
    private readonly Urls urls;
    private readonly bool includesDrafts;
    private readonly ImmutableArray<EventTheme> themes;
    private readonly ImmutableArray<Era> eras;
    private readonly ImmutableArray<Source> sources;
    private readonly ImmutableArray<Actor> actors;
    private readonly ImmutableArray<Event> events;
    private readonly ImmutableArray<Figure> figures;
    private readonly ImmutableArray<Briefing> briefings;
    private readonly ImmutableArray<Explainer> explainers;
    private readonly ImmutableArray<Page> pages;

    // Every member a page reads notes the read in the page's ReadLog (see there), so that preview draws a
    // page again exactly when something it read changed. Each reads a field: asking a later build's site
    // the same question must not note a read itself.
    public SiteSettings Settings => Noted(static s => s.settings);

    /// <summary>The rules of the site's language (<see cref="SiteSettings.Language"/>): dates, search, sentences, direction.</summary>
    public required LanguageRules Language
    {
        get => Noted(static s => s.language!);
        init => language = value;
    }

    private readonly LanguageRules? language;

    /// <summary>Dates for readers, in the site's language.</summary>
    public DateFormatter Dates => Language.Formatter;

    /// <summary>The order of the story and the days each record can fall on; every list uses its order.</summary>
    public StoryOrder Chronology { get; }

    public static NodeRef Node(Event e) => new(NodeKind.Event, e.Id);

    public static NodeRef Node(Briefing b) => new(NodeKind.Briefing, b.Id);

    public static NodeRef Node(Source s) => new(NodeKind.Source, s.Id);

    /// <summary>Made from the base path, which is what a page that builds links has read.</summary>
    public Urls Urls
    {
        get
        {
            ReadLog.Value(static s => s.urls.BasePath, urls.BasePath);
            return urls;
        }
    }

    public bool IncludesDrafts => Noted(static s => s.includesDrafts);

    public ImmutableArray<EventTheme> Themes => Listed(static s => s.themes);

    public ImmutableArray<Era> Eras => Listed(static s => s.eras);

    public ImmutableArray<Source> Sources => Listed(static s => s.sources);

    /// <summary>Sorted by name, A to Z.</summary>
    public ImmutableArray<Actor> Actors => Listed(static s => s.actors);

    /// <summary>In the one order of the story (<see cref="Chronology"/>), earliest first.</summary>
    public ImmutableArray<Event> Events => Listed(static s => s.events);

    public ImmutableArray<Figure> Figures => Listed(static s => s.figures);

    /// <summary>In the one order of the story, newest first.</summary>
    public ImmutableArray<Briefing> Briefings => Listed(static s => s.briefings);

    public ImmutableArray<Explainer> Explainers => Listed(static s => s.explainers);

    public ImmutableArray<Page> Pages => Listed(static s => s.pages);

    /// <summary>Newest first; set once, when the site is built.</summary>
    public ImmutableArray<Correction> Corrections
    {
        get => Listed(static s => s.corrections);
        init
        {
            corrections = [.. value.OrderByDescending(c => c.Date).ThenBy(c => c.Page.Text, StringComparer.Ordinal).ThenBy(c => c.Origin.Position.Line)];
            CorrectionsByPage = new ByKey<Correction>(
                corrections
                    .GroupBy(c => c.Page.Text, StringComparer.Ordinal)
                    .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal),
                static s => s.CorrectionsByPage);
        }
    }

    private readonly ImmutableArray<Correction> corrections = [];

    /// <summary>The corrections made to one page, newest first, keyed by <see cref="PageRef.Text"/>.</summary>
    public ByKey<Correction> CorrectionsByPage { get; private init; } = new(FrozenDictionary<string, ImmutableArray<Correction>>.Empty, static s => s.CorrectionsByPage);

    public ImmutableArray<Correction> CorrectionsFor(PageKind kind, string id) =>
        CorrectionsByPage.Of(PageRef.KindName(kind) + ":" + id);

    public ById<EventTheme> ThemeById { get; }

    public ById<Era> EraById { get; }

    public ById<Source> SourceById { get; }

    public ById<Actor> ActorById { get; }

    public ById<Event> EventById { get; }

    private readonly FrozenDictionary<string, int> eventOrder;

    public ById<Figure> FigureById { get; }

    /// <summary>Events an actor took part in or that happened at a place, in date order.</summary>
    public ByKey<Event> EventsByActor { get; }

    public ByKey<Event> EventsByTheme { get; }

    public ByKey<Event> EventsByEra { get; }

    /// <summary>The actors affiliated with an actor: the other direction of <see cref="Actor.Affiliations"/>.</summary>
    public ByKey<Actor> Members { get; }

    public ByKey<Explainer> ExplainersByActor { get; }

    public ByKey<Explainer> ExplainersByEvent { get; }

    public ByKey<Briefing> BriefingsByEvent { get; }

    /// <summary>Briefings whose body mentions an actor (see <see cref="MarkdownText.Mentions"/>).</summary>
    public ByKey<Briefing> BriefingsByActor { get; }

    /// <summary>The records that cite a source, by source id: a source page lists them all.</summary>
    public ByKey<Event> EventsBySource { get; }

    public ByKey<Actor> ActorsBySource { get; }

    public ByKey<Figure> FiguresBySource { get; }

    public ByKey<Explainer> ExplainersBySource { get; }

    public ByKey<Briefing> BriefingsBySource { get; }

    /// <summary>
    /// The events with these ids, each once, in timeline order; unknown ids are skipped. A page that
    /// lists a few events finds them by id instead of scanning every event.
    /// </summary>
    public ImmutableArray<Event> EventsWithIds(IEnumerable<string> ids)
    {
        // The answer depends on which of these ids exist and on their order, so the question is noted whole.
        string[] asked = [.. ids];
        var found = Find(asked);
        ReadLog.Keyed(EventsWithIdsAgain, string.Join('\n', asked), found);
        return found;
    }

    private static readonly Func<Site, string, ImmutableArray<Event>> EventsWithIdsAgain = static (site, ids) => site.Find(ids.Split('\n'));

    private ImmutableArray<Event> Find(IEnumerable<string> ids)
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
            found.Add(events[position]);
        }

        return found.MoveToImmutable();
    }

    /// <summary>
    /// Asks the site a question whose answer is what a page shows, and notes only the answer: the page is
    /// drawn again when the answer changes, not whenever a record that went into it does (the menu shows
    /// whether there are events at all; an index shows titles, not bodies). <paramref name="question"/>
    /// must be a static lambda (it names the question in the page's reads) and read only the site and
    /// <paramref name="key"/>.
    /// </summary>
    public T Answer<TKey, T>(Func<Site, TKey, T> question, TKey key)
        where TKey : notnull =>
        ReadLog.Answer(question, this, key);

    /// <summary>The same for a question with no key.</summary>
    public T Answer<T>(Func<Site, T> question) =>
        ReadLog.Answer(static (site, question) => question(site), this, question);

    private T Noted<T>(Func<Site, T> read)
    {
        var value = read(this);
        ReadLog.Value(read, value);
        return value;
    }

    private ImmutableArray<T> Listed<T>(Func<Site, ImmutableArray<T>> read)
    {
        var items = read(this);
        ReadLog.List(read, items);
        return items;
    }

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
