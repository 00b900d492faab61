using StatiqSite.Content.Model;

namespace StatiqSite.Theme;

public enum FilterKind
{
    Actor,
    Theme,
}

/// <summary>One way to narrow the timeline: to an actor's events or a theme's. Each has its own page.</summary>
public sealed record TimelineFilter(FilterKind Kind, string Id, string Label, string Url)
{
    /// <summary>The token the script matches against an event's data attributes: "actor:water-board", "theme:rationing".</summary>
    public string Token => (Kind == FilterKind.Actor ? "actor:" : "theme:") + Id;

    public static TimelineFilter For(Actor actor, Urls urls) => new(FilterKind.Actor, actor.Id, actor.Name, urls.TimelineForActor(actor.Id));

    public static TimelineFilter For(EventTheme theme, Urls urls) => new(FilterKind.Theme, theme.Id, theme.Title, urls.TimelineForTheme(theme.Id));

    public bool Matches(Event e) => Kind == FilterKind.Actor
        ? e.Actors.Any(a => a.ActorId == Id) || e.Location?.Id == Id
        : e.Themes.Any(t => t.Id == Id);
}
