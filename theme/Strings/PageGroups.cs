namespace StatiqSite.Theme.Strings;

public sealed class HomeStrings(StringTable t)
{
    public string MapTitle { get; } = t.Text("home.map_title");

    public string Explore { get; } = t.Text("home.explore");

    /// <summary>The ways in: {link} is the section's link; the timeline's also fills {events}, {eras} and {date}.</summary>
    public Template ExploreTimeline { get; } = t.Template("home.explore_timeline", "link", "events", "eras");

    public Template ExploreTimelineFrom { get; } = t.Template("home.explore_timeline_from", "link", "events", "eras", "date");

    public Template ExploreActors { get; } = t.Template("home.explore_actors", "link", "count");

    public Template ExploreExplainers { get; } = t.Template("home.explore_explainers", "link");

    public Template ExploreBriefings { get; } = t.Template("home.explore_briefings", "link");

    public Template ExploreFigures { get; } = t.Template("home.explore_figures", "link");

    public Template ExploreSources { get; } = t.Template("home.explore_sources", "link", "count");

    public string LatestBriefings { get; } = t.Text("home.latest_briefings");

    public string AllBriefings { get; } = t.Text("home.all_briefings");

    public string ByTheNumbers { get; } = t.Text("home.by_the_numbers");

    public Template AllFigures { get; } = t.Template("home.all_figures", "count");

    public string StartHere { get; } = t.Text("home.start_here");

    public string StartHereIntro { get; } = t.Text("home.start_here_intro");

    public string TimelineStep { get; } = t.Text("home.timeline_step");

    public string TimelineStepText { get; } = t.Text("home.timeline_step_text");
}

public sealed class TimelineStrings(StringTable t) : PageCopy(t, "timeline")
{
    private readonly Template filterTitle = t.Template("timeline.filter_title", "name");
    private readonly Template filterDescription = t.Template("timeline.filter_description", "heading");
    private readonly Template filterLede = t.Template("timeline.filter_lede", "heading");
    private readonly Template headingActor = t.Template("timeline.heading_actor", "name");
    private readonly Template headingTheme = t.Template("timeline.heading_theme", "name");
    private readonly Template statusAll = t.Template("timeline.status_all", "count");
    private readonly Template statusActor = t.Template("timeline.status_actor", "count", "total", "name");
    private readonly Template statusTheme = t.Template("timeline.status_theme", "count", "total", "name");

    public string Lede { get; } = t.Text("timeline.lede");

    public string SkipToEvents { get; } = t.Text("timeline.skip_to_events");

    public string ShowAll { get; } = t.Text("timeline.show_all");

    public string LegendDay { get; } = t.Text("timeline.legend_day");

    public string LegendApprox { get; } = t.Text("timeline.legend_approx");

    public string LegendPeriod { get; } = t.Text("timeline.legend_period");

    public string LegendSpan { get; } = t.Text("timeline.legend_span");

    public string LegendOpen { get; } = t.Text("timeline.legend_open");

    public PageCopy EveryEvent { get; } = new(t, "timeline.every_event");

    public PageCopy ByTheme { get; } = new(t, "timeline.by_theme");

    public PageCopy ByActor { get; } = new(t, "timeline.by_actor");

    public string FilterTitle(TimelineFilter filter) => filterTitle.Fill(("name", filter.Label));

    /// <summary>The filter title and status sentences as written, for app.js, which filters the timeline in place.</summary>
    public string FilterTitleTemplate => filterTitle.ToString();

    public (string All, string Actor, string Theme) StatusTemplates => (statusAll.ToString(), statusActor.ToString(), statusTheme.ToString());

    public string FilterDescription(TimelineFilter filter) => filterDescription.Fill(("heading", FilterHeading(filter)));

    public string FilterLede(TimelineFilter filter) => filterLede.Fill(("heading", FilterHeading(filter)));

    /// <summary>What a filter page lists: "Events involving Iran", "Events: Elections".</summary>
    public string FilterHeading(TimelineFilter filter) =>
        (filter.Kind == FilterKind.Actor ? headingActor : headingTheme).Fill(("name", filter.Label));

    /// <summary>"More about {name} in who’s who", the link from a filter page to the actor's entry.</summary>
    public Template ActorContextMore { get; } = t.Template("timeline.actor_context_more", "name");

    /// <summary>The status line above the events; the script writes the same sentences when it filters in place.</summary>
    public string Status(int shown, int total, TimelineFilter? filter) => filter switch
    {
        null => statusAll.Fill(("count", Number(shown))),
        { Kind: FilterKind.Actor } => statusActor.Fill(("count", Number(shown)), ("total", Number(total)), ("name", filter.Label)),
        _ => statusTheme.Fill(("count", Number(shown)), ("total", Number(total)), ("name", filter.Label)),
    };

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class GlossaryStrings(StringTable t) : PageCopy(t, "glossary")
{
    private readonly Template alsoCalled = t.Template("glossary.also_called", "names");
    private readonly Plural eventsLink = t.Plural("glossary.events_link", "involving");
    private readonly Template eventsInvolving = t.Template("glossary.events_involving", "name");

    public string Lede { get; } = t.Text("glossary.lede");

    public string KeyPlayers { get; } = t.Text("glossary.key_players");

    public string AToZ { get; } = t.Text("glossary.a_to_z");

    public string LetterNavLabel { get; } = t.Text("glossary.letter_nav_label");

    public string NoEntries { get; } = t.Text("glossary.no_entries");

    public string AlsoCalled(IEnumerable<string> names) => alsoCalled.Fill(("names", string.Join(", ", names)));

    /// <summary>"3 events{involving} on the timeline", for a fragment that names the actor to screen readers.</summary>
    public Template EventsLink(int events) => eventsLink.For(events);

    public string EventsInvolving(string name) => eventsInvolving.Fill(("name", name));
}

public sealed class BriefingStrings(StringTable t) : PageCopy(t, "briefings")
{
    public string PagerLabel { get; } = t.Text("briefings.pager_label");

    public string PagerNoun { get; } = t.Text("briefings.pager_noun");

    public string Lede { get; } = t.Text("briefings.lede");

    /// <summary>"As of {date}"; the date is markup (a time element), so the text is filled in the component.</summary>
    public Template AsOf { get; } = t.Template("briefings.as_of", "date");
}

public sealed class SourceStrings(StringTable t) : PageCopy(t, "sources")
{
    private readonly Template pageDescription = t.Template("sources.page_description", "title");
    private readonly Template citedBy = t.Template("sources.cited_by", "events", "figures", "actors");
    private readonly Template lengthText = t.Template("sources.length_text", "paragraphs", "last");

    public string Lede { get; } = t.Text("sources.lede");

    public string LedeOpinion { get; } = t.Text("sources.lede_opinion");

    public string Undated { get; } = t.Text("sources.undated");

    public string NoByline { get; } = t.Text("sources.no_byline");

    public string OpinionTag { get; } = t.Text("sources.opinion_tag");

    public string Outlet { get; } = t.Text("sources.outlet");

    public string Author { get; } = t.Text("sources.author");

    public string Kind { get; } = t.Text("sources.kind");

    public string NotNamed { get; } = t.Text("sources.not_named");

    public string Published { get; } = t.Text("sources.published");

    public string UndatedFact { get; } = t.Text("sources.undated_fact");

    public string Length { get; } = t.Text("sources.length");

    /// <summary>"12 paragraphs, cited on this site as ¶1 to ¶12".</summary>
    public string LengthText(string paragraphs, int last) =>
        lengthText.Fill(("paragraphs", paragraphs), ("last", last.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public string PageDescription(string title) => pageDescription.Fill(("title", title));

    public string CitedBy(string events, string figures, string actors) =>
        citedBy.Fill(("events", events), ("figures", figures), ("actors", actors));
}

public sealed class SearchStrings(StringTable t) : PageCopy(t, "search")
{
    public string Hint { get; } = t.Text("search.hint");

    public string NoScriptTitle { get; } = t.Text("search.no_script_title");

    public string NoScriptText { get; } = t.Text("search.no_script_text");

    /// <summary>The ways around search without script; {actors} and {timeline} are links worded by actors_link and timeline_link.</summary>
    public Template NoScriptActors { get; } = t.Template("search.no_script_actors", "actors");

    public Template NoScriptTimeline { get; } = t.Template("search.no_script_timeline", "timeline");

    public string ActorsLink { get; } = t.Text("search.actors_link");

    public string TimelineLink { get; } = t.Text("search.timeline_link");

    public string Label { get; } = t.Text("search.label");

    public string Button { get; } = t.Text("search.button");

    public string ResultsLabel { get; } = t.Text("search.results_label");

    public string More { get; } = t.Text("search.more");

    public Template Empty { get; } = t.Template("search.empty", "actors", "timeline");
}

public sealed class NotFoundStrings(StringTable t) : PageCopy(t, "not_found")
{
    public string Text { get; } = t.Text("not_found.text");

    public string Home { get; } = t.Text("not_found.home");

    public string Timeline { get; } = t.Text("not_found.timeline");

    public string Actors { get; } = t.Text("not_found.actors");
}

/// <summary>The data page; its field documents name examples from the site's own records.</summary>
public sealed class DataStrings(StringTable t) : PageCopy(t, "data")
{
    public string FieldValueText { get; } = t.Text("data.field_value_text");

    public string FieldLabel { get; } = t.Text("data.field_label");

    public string FileEventsJson { get; } = t.Text("data.file_events_json");

    public string FileEventsCsv { get; } = t.Text("data.file_events_csv");

    public string FileActorsJson { get; } = t.Text("data.file_actors_json");

    public string FileActorsCsv { get; } = t.Text("data.file_actors_csv");

    public string FileFiguresJson { get; } = t.Text("data.file_figures_json");

    public string FileFiguresCsv { get; } = t.Text("data.file_figures_csv");

    public string FileSourcesJson { get; } = t.Text("data.file_sources_json");

    public string FileSourcesCsv { get; } = t.Text("data.file_sources_csv");

    public string FileTimelineJson { get; } = t.Text("data.file_timeline_json");
}

/// <summary>The page left at a former address.</summary>
public sealed class RedirectStrings(StringTable t)
{
    public Template Title { get; } = t.Template("redirect.title", "title");

    public Template Text { get; } = t.Template("redirect.text", "link");
}

public sealed class NoticeStrings(StringTable t)
{
    public string OpinionTitle { get; } = t.Text("notices.opinion_title");

    public string OpinionText { get; } = t.Text("notices.opinion_text");
}
