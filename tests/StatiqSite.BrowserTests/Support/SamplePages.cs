using StatiqSite.Content.Model;
using StatiqSite.Loading;

namespace StatiqSite.BrowserTests.Support;

/// <summary>
/// One page of each kind the issue names, chosen from the content so the tests follow it: the
/// richest event and actor, the first explainer, the latest briefing, the opinion column's page.
/// </summary>
public static class SamplePages
{
    public const string Missing = "/this-page-does-not-exist/";

    /// <summary>
    /// The browser reports the 404 status of the deliberately missing page as a console error; that
    /// status is what is under test, not a script error.
    /// </summary>
    public static bool IsMissingPageStatus(string error) =>
        error.Contains(Missing, StringComparison.Ordinal) && error.Contains("404", StringComparison.Ordinal);

    public static IReadOnlyList<(string Name, string Path)> Of(LoadedContent content)
    {
        var e = content.Events.OrderByDescending(x => x.Actors.Length).ThenBy(x => x.Id, StringComparer.Ordinal).First();
        var actor = content.Actors
            .OrderByDescending(a => content.Events.Count(x => x.Actors.Any(p => p.ActorId == a.Id)))
            .ThenBy(a => a.Id, StringComparer.Ordinal).First();
        var explainer = content.Explainers.OrderBy(x => x.Id, StringComparer.Ordinal).First();
        var briefing = content.Briefings.OrderByDescending(b => b.Date.SortKey).ThenByDescending(b => b.Date.Latest).ThenBy(b => b.Id, StringComparer.Ordinal).First();
        var source = content.Sources.OrderBy(s => s.Kind == SourceKind.Opinion ? 0 : 1).ThenBy(s => s.Id, StringComparer.Ordinal).First();
        var figure = content.Figures.OrderByDescending(f => f.Values.Length).ThenBy(f => f.Id, StringComparer.Ordinal).First();
        var place = content.Actors.Where(a => a.Kind == ActorKind.Place).OrderBy(a => a.Id, StringComparer.Ordinal).First();
        return
        [
            ("home", "/"),
            ("timeline", "/timeline/"),
            ("event", $"/events/{e.Id}/"),
            ("glossary", "/actors/"),
            ("actor", $"/actors/{actor.Id}/"),
            ("place", $"/actors/{place.Id}/"),
            ("events", "/events/"),
            ("explainers", "/explainers/"),
            ("briefings", "/briefings/"),
            ("sources", "/sources/"),
            ("figures", "/figures/"),
            ("about", "/about/"),
            ("explainer", $"/explainers/{explainer.Id}/"),
            ("briefing", $"/briefings/{briefing.Id}/"),
            ("source", $"/sources/{source.Id}/"),
            ("figure", $"/figures/{figure.Id}/"),
            ("search", "/search/"),
            ("data", "/data/"),
            ("corrections", "/corrections/"),
            ("not-found", Missing),
        ];
    }
}
