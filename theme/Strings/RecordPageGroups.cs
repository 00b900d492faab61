namespace StatiqSite.Theme.Strings;

/// <summary>A who's who entry's own page.</summary>
public sealed class ActorPageStrings(StringTable t)
{
    public Template Events { get; } = t.Template("actor_page.events", "count");

    public Template NoEvents { get; } = t.Template("actor_page.no_events", "name");

    public string SeeEvents { get; } = t.Text("actor_page.see_events");

    public Template Mentions { get; } = t.Template("actor_page.mentions", "name");

    public string Explainer { get; } = t.Text("actor_page.explainer");

    public string Briefing { get; } = t.Text("actor_page.briefing");

    public string Sources { get; } = t.Text("actor_page.sources");

    public string KeyFacts { get; } = t.Text("actor_page.key_facts");

    public string OnTheTimeline { get; } = t.Text("actor_page.on_the_timeline");

    public string AlsoCalled { get; } = t.Text("actor_page.also_called");

    public string PartOf { get; } = t.Text("actor_page.part_of");

    public string Includes { get; } = t.Text("actor_page.includes");
}

/// <summary>An event's own page.</summary>
public sealed class EventPageStrings(StringTable t)
{
    public string Disputed { get; } = t.Text("event_page.disputed");

    public string Where { get; } = t.Text("event_page.where");

    public string Period { get; } = t.Text("event_page.period");

    public string Themes { get; } = t.Text("event_page.themes");

    public string Involved { get; } = t.Text("event_page.involved");

    public string Sources { get; } = t.Text("event_page.sources");

    public string Notes { get; } = t.Text("event_page.notes");

    public string ReadMore { get; } = t.Text("event_page.read_more");

    public string SeeOnTimeline { get; } = t.Text("event_page.see_on_timeline");
}

/// <summary>A source's own page: what cites it.</summary>
public sealed class SourcePageStrings(StringTable t)
{
    public string Notes { get; } = t.Text("source_page.notes");

    public Template Events { get; } = t.Template("source_page.events", "count");

    public string NoEvents { get; } = t.Text("source_page.no_events");

    public Template Figures { get; } = t.Template("source_page.figures", "count");

    public string NoFigures { get; } = t.Text("source_page.no_figures");

    public Template Actors { get; } = t.Template("source_page.actors", "count");

    public string NoActors { get; } = t.Text("source_page.no_actors");

    public string Documents { get; } = t.Text("source_page.documents");
}

/// <summary>An explainer's page.</summary>
public sealed class ExplainerPageStrings(StringTable t)
{
    public string Caption { get; } = t.Text("explainer_page.caption");

    public string JumpToKeyDates { get; } = t.Text("explainer_page.jump_to_key_dates");

    public string Contents { get; } = t.Text("explainer_page.contents");

    public string Actors { get; } = t.Text("explainer_page.actors");

    public string Sources { get; } = t.Text("explainer_page.sources");
}

/// <summary>A briefing's page.</summary>
public sealed class BriefingPageStrings(StringTable t)
{
    public string Caption { get; } = t.Text("briefing_page.caption");

    public string Events { get; } = t.Text("briefing_page.events");

    public string Sources { get; } = t.Text("briefing_page.sources");
}

/// <summary>A figure's page.</summary>
public sealed class FigurePageStrings(StringTable t)
{
    public string Caption { get; } = t.Text("figure_page.caption");

    public string Explainers { get; } = t.Text("figure_page.explainers");
}
