using System.Collections.Immutable;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading;

namespace StatiqSite.Validation;

/// <summary>
/// Checks everything that spans files: ids are unique, references resolve, locators fall inside
/// their article, events fall inside their era, and affiliations do not loop.
/// </summary>
/// <param name="draftEvents">The ids of events left out of this build as drafts, named as such when referenced.</param>
public sealed class ContentValidator(LoadedContent content, DiagnosticBag diagnostics, IEnumerable<string>? draftEvents = null)
{
    /// <summary>Page ids become top-level folders, so they must not take the site's own sections.</summary>
    private static readonly HashSet<string> ReservedPageIds = new(StringComparer.Ordinal)
    {
        "timeline", "actors", "events", "explainers", "briefings", "sources", "figures", "assets",
        "search", "data", "feed", "404", "sitemap", "robots",
    };

    private readonly References themes = new("theme", content.Themes.Select(t => t.Id));
    private readonly References eras = new("era", content.Eras.Select(e => e.Id));
    private readonly References sources = new("source", content.Sources.Select(s => s.Id));
    private readonly References actors = new("actor", content.Actors.Select(a => a.Id));
    private readonly References events = new("event", content.Events.Select(e => e.Id), draftEvents);
    private readonly References figures = new("figure", content.Figures.Select(f => f.Id));
    private readonly Dictionary<string, Source> sourceById = content.Sources.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> actorById = content.Actors.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    private readonly Dictionary<string, Era> eraById = content.Eras.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private readonly References keyPlayerGroups = new("key-player group", content.Settings?.KeyPlayers.Select(g => g.Id) ?? []);

    private readonly bool mapIsDrawn = content.Settings?.Map is not null;

    public void Validate()
    {
        Unique("theme", content.Themes, t => t.Id, t => t.Origin);
        Unique("era", content.Eras, e => e.Id, e => e.Origin);
        Unique("source", content.Sources, s => s.Id, s => s.Origin);
        UniqueLabels();
        Unique("figure", content.Figures, f => f.Id, f => f.Origin);
        Unique("explainer", content.Explainers, x => x.Id, x => x.Origin);
        Unique("briefing", content.Briefings, b => b.Id, b => b.Origin);
        Unique("page", content.Pages, p => p.Id, p => p.Origin);
        UniqueWithRedirects("actor", content.Actors, a => a.Id, a => a.RedirectFrom, a => a.Origin);
        UniqueWithRedirects("event", content.Events, e => e.Id, e => e.RedirectFrom, e => e.Origin);

        foreach (var page in content.Pages.Where(p => ReservedPageIds.Contains(p.Id)))
        {
            diagnostics.Error(Codes.InvalidId, page.Origin, $"a page cannot be called '{page.Id}': the site uses /{page.Id}/ itself; rename the file");
        }

        foreach (var actor in content.Actors)
        {
            CheckActor(actor);
        }

        foreach (var e in content.Events)
        {
            CheckEvent(e);
        }

        foreach (var figure in content.Figures)
        {
            foreach (var value in figure.Values)
            {
                CheckCitation(value.Citation, figure.Origin);
            }
        }

        foreach (var b in content.Briefings)
        {
            CheckRefs(b.Events, events, b.Origin);
            CheckCitations(b.Sources, b.Origin);
        }

        foreach (var x in content.Explainers)
        {
            CheckRefs(x.Events, events, x.Origin);
            CheckRefs(x.Figures, figures, x.Origin);
            CheckCitations(x.Sources, x.Origin);
        }

        CheckNavigation();
        CheckAffiliationCycles();
        CheckActorsUsed();
        Chronology = new ChronologyValidator(content, this, diagnostics).Validate();
        new CorrectionValidator(content, this, diagnostics).Validate();
    }

    /// <summary>Reports a source citation whose article or paragraph does not exist.</summary>
    public void CheckCitation(Citation citation, Origin file)
    {
        var at = file.At(citation.At);
        if (!sources.Check(citation.SourceId, at, diagnostics))
        {
            return;
        }

        var source = sourceById[citation.SourceId];
        if (citation.Paragraph > source.Paragraphs)
        {
            diagnostics.Error(Codes.LocatorOutOfRange, at,
                $"{citation.Locator} is beyond the article '{source.Id}', which has {source.Paragraphs} paragraphs; use ¶1–¶{source.Paragraphs}");
        }
    }

    /// <summary>The order of the story, once <see cref="Validate"/> has run.</summary>
    public Chronology Chronology { get; private set; } = Chronology.Empty;

    public References Events => events;

    public References Actors => actors;

    public References Figures => figures;

    public References Sources => sources;

    public bool SourceHasParagraph(string sourceId, int paragraph) =>
        sourceById.TryGetValue(sourceId, out var s) && paragraph >= 1 && paragraph <= s.Paragraphs;

    /// <summary>The source with this id, for the label that inline citations show.</summary>
    public Source? Source(string sourceId) => sourceById.GetValueOrDefault(sourceId);

    /// <summary>A menu or footer link to a page must find the page: the link checker would only say the URL is broken.</summary>
    private void CheckNavigation()
    {
        if (content.Settings is not { } settings)
        {
            return;
        }

        var pages = new References("page", content.Pages.Select(p => p.Id));
        foreach (var item in (settings.Menu ?? []).Concat(settings.Footer ?? []).Where(i => i.Kind == NavTargetKind.Page))
        {
            pages.Check(item.Target, settings.Origin.At(item.At), diagnostics);
        }
    }

    private void CheckActor(Actor actor)
    {
        if (actor.KeyPlayer is { } group)
        {
            keyPlayerGroups.Check(group.Id, actor.Origin.At(group.At), diagnostics);
        }

        // Once any place has coordinates the locator map is drawn, and it marks every place: it cannot guess where one is.
        if (actor.Kind == ActorKind.Place && actor.Coordinates is null && mapIsDrawn)
        {
            diagnostics.Error(Codes.PlaceWithoutCoordinates, actor.Origin,
                $"the place '{actor.Id}' has no coordinates, and the locator map marks every place; add "
                + "'coordinates: {lat: <degrees north>, lon: <degrees east>, source: <the dataset they come from>}', taken from a dataset such as GeoNames, never typed from memory");
        }

        foreach (var affiliation in actor.Affiliations)
        {
            if (affiliation.Id == actor.Id)
            {
                diagnostics.Error(Codes.AffiliationCycle, actor.Origin.At(affiliation.At), $"'{actor.Id}' cannot be affiliated with itself");
                continue;
            }

            actors.Check(affiliation.Id, actor.Origin.At(affiliation.At), diagnostics);
        }

        if (actor.Sources.IsEmpty)
        {
            diagnostics.Error(Codes.NoSource, actor.Origin, "this actor cites no source; add 'sources:' with at least one '- source: <id>' and 'locator: ¶N'");
        }

        CheckCitations(actor.Sources, actor.Origin);
    }

    private void CheckEvent(Event e)
    {
        CheckRefs(e.Themes, themes, e.Origin);
        foreach (var participant in e.Actors)
        {
            actors.Check(participant.ActorId, e.Origin.At(participant.At), diagnostics);
        }

        if (e.Location is { } location && actors.Check(location.Id, e.Origin.At(location.At), diagnostics)
            && actorById[location.Id].Kind != ActorKind.Place)
        {
            diagnostics.Error(Codes.WrongKindOfActor, e.Origin.At(location.At),
                $"the location '{location.Id}' is a {Loading.Yaml.Kebab.Name(actorById[location.Id].Kind)}, not a place; name a place, or list it under 'actors'");
        }

        CheckCitations(e.Sources, e.Origin);
        if (eras.Check(e.Era.Id, e.Origin.At(e.Era.At), diagnostics))
        {
            var era = eraById[e.Era.Id];
            if (!e.Date.Overlaps(era.From, era.To))
            {
                diagnostics.Error(Codes.EventOutsideEra, e.Origin.At(e.Era.At),
                    $"the event's date ({e.Date.Text}) is outside the era '{era.Id}' ({era.Start.Text} to {era.End.Text}); choose the era it falls in, or correct the date");
            }
        }
    }

    private void CheckCitations(ImmutableArray<Citation> citations, Origin origin)
    {
        foreach (var citation in citations)
        {
            CheckCitation(citation, origin);
        }
    }

    private void CheckRefs(ImmutableArray<Ref> refs, References known, Origin origin)
    {
        foreach (var r in refs)
        {
            known.Check(r.Id, origin.At(r.At), diagnostics);
        }
    }

    private void Unique<T>(string kind, ImmutableArray<T> items, Func<T, string> id, Func<T, Origin> origin)
    {
        var seen = new Dictionary<string, Origin>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.TryAdd(id(item), origin(item)))
            {
                diagnostics.Error(Codes.DuplicateId, origin(item),
                    $"the {kind} id '{id(item)}' is already used by {seen[id(item)].File}:{seen[id(item)].Position.Line}; ids must be unique");
            }
        }
    }

    /// <summary>Citations name a source by its label alone, so two articles with one label could not be told apart.</summary>
    private void UniqueLabels()
    {
        var seen = new Dictionary<string, Source>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in content.Sources)
        {
            if (!seen.TryAdd(source.Label.Trim(), source))
            {
                var first = seen[source.Label.Trim()];
                diagnostics.Error(Codes.DuplicateLabel, source.Origin.At(source.LabelAt),
                    $"the label '{source.Label}' is already used by the source '{first.Id}' ({first.Origin.File}:{first.LabelAt.Line}); give each source a label of its own, e.g. with its author, outlet or subject");
            }
        }
    }

    private void UniqueWithRedirects<T>(string kind, ImmutableArray<T> items, Func<T, string> id, Func<T, ImmutableArray<string>> redirects, Func<T, Origin> origin)
    {
        Unique(kind, items, id, origin);
        var taken = items.GroupBy(id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => origin(g.First()), StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (string old in redirects(item))
            {
                if (Loading.Readers.Ids.Problem(old) is { } problem)
                {
                    diagnostics.Error(Codes.InvalidId, origin(item), $"in redirect_from, {problem}");
                }
                else if (!taken.TryAdd(old, origin(item)))
                {
                    diagnostics.Error(Codes.DuplicateId, origin(item),
                        $"redirect_from '{old}' is already the id or a former id of the {kind} in {taken[old].File}; a former id can point to one {kind} only");
                }
            }
        }
    }

    /// <summary>An actor nobody refers to is usually a typo'd id or a leftover; the glossary should explain the story's actors only.</summary>
    private void CheckActorsUsed()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in content.Events)
        {
            used.UnionWith(e.Actors.Select(a => a.ActorId));
            if (e.Location is not null)
            {
                used.Add(e.Location.Id);
            }
        }

        // Joining every body is costly on a large site, and needed only when some actor is in no event.
        string? prose = null;
        foreach (var actor in content.Actors.Where(a => !used.Contains(a.Id)))
        {
            string text = prose ??= string.Join('\n', content.Explainers.Select(x => x.Body.Text).Concat(content.Briefings.Select(b => b.Body.Text)));
            bool mentioned = text.Contains("actor:" + actor.Id, StringComparison.Ordinal)
                || actor.Aliases.Prepend(actor.Name).Any(name => text.Contains(name, StringComparison.Ordinal));
            if (!mentioned)
            {
                diagnostics.Warning(Codes.UnusedActor, actor.Origin,
                    $"no event, briefing or explainer mentions '{actor.Id}'; list it in an event's actors, mention it in an explainer, or remove it");
            }
        }
    }

    private void CheckAffiliationCycles()
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var actor in content.Actors)
        {
            Visit(actor.Id, null);
        }

        // 'via' is the affiliation that led here, so that a loop is reported where it closes.
        void Visit(string id, (Actor Holder, Ref Affiliation)? via)
        {
            if (!actorById.TryGetValue(id, out var actor) || state.GetValueOrDefault(id) == 2)
            {
                return;
            }

            if (state.GetValueOrDefault(id) == 1)
            {
                int start = path.IndexOf(id);
                string loop = string.Join(" → ", path.Skip(start).Append(id));
                var at = via is { } edge ? edge.Holder.Origin.At(edge.Affiliation.At) : actor.Origin;
                diagnostics.Error(Codes.AffiliationCycle, at,
                    $"affiliations go round in a circle ({loop}); point each affiliation from member to parent only");
                return;
            }

            state[id] = 1;
            path.Add(id);
            foreach (var next in actor.Affiliations.Where(a => a.Id != id))
            {
                Visit(next.Id, (actor, next));
            }

            path.RemoveAt(path.Count - 1);
            state[id] = 2;
        }
    }
}
