using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Publishing;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>The briefings: an index at /briefings/, newest first, and each at /briefings/&lt;id&gt;/.</summary>
public sealed class BriefingsPipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        var briefings = site.Briefings;
        context.Add(Render<BriefingIndexPage>(context, new PageMeta(StringsOf(context).Briefings.Title, StringsOf(context).Briefings.Description, site.Urls.Briefings, "briefings"), PageInputs.None.And(Listed(site))));
        RenderEach(context, Enumerable.Range(0, briefings.Length).ToList(), i => Render<BriefingPage>(
            context,
            new PageMeta(briefings[i].Title, briefings[i].Summary, site.Urls.Briefing(briefings[i].Id), "briefings")
            {
                SourceFile = briefings[i].Origin.File,
                IsDraft = briefings[i].Draft,
                OpenGraphType = "article",
                Published = briefings[i].Date.Earliest,
                LastUpdated = briefings[i].Date.LastKnownDay,
            },
            Inputs(site, briefings[i]),
            () => StructuredData.ForBriefing(site, briefings[i], LastChanged(context, briefings[i].Origin.File) ?? briefings[i].Date.LastKnownDay),
            (nameof(BriefingPage.Briefing), briefings[i]),
            (nameof(BriefingPage.Newer), i > 0 ? briefings[i - 1] : null),
            (nameof(BriefingPage.Older), i + 1 < briefings.Length ? briefings[i + 1] : null)));
        return Task.CompletedTask;
    }

    /// <summary>What the index shows of each briefing, so that an edit to a briefing's text alone leaves the index as it is.</summary>
    private static (string Id, string Title, Content.Dates.EdtfDate Date, string Summary)[] Listed(Site site) =>
        [.. site.Briefings.Select(b => (b.Id, b.Title, b.Date, b.Summary))];

    /// <summary>
    /// What a briefing's page shows besides itself and its neighbours (its parameters): its events with
    /// their actors, the cards and panels in its body, and the articles it cites, looked up by id in the
    /// small collections of actors, sources, figures, eras and themes.
    /// </summary>
    private static PageInputs Inputs(Site site, Briefing briefing)
    {
        var inputs = PageInputs.None.AndBody(site, briefing.Body).AndAll(site.Actors).AndAll(site.Sources).AndAll(site.Figures).AndAll(site.Eras).AndAll(site.Themes);
        foreach (var r in briefing.Events)
        {
            inputs.And(site.EventById.GetValueOrDefault(r.Id));
        }

        return inputs.AndPlacement(site, Site.Node(briefing));
    }
}
