using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;

namespace StatiqSite.Theme.Components;

/// <summary>How corrections name the page they correct and the day they were made.</summary>
public static class CorrectionText
{
    /// <summary>The corrected page's title, as its own page shows it.</summary>
    public static string TitleOf(Site site, PageRef page) => page.Kind switch
    {
        PageKind.Event => site.EventById.TryGetValue(page.Id, out var e) ? e.Title : page.Id,
        PageKind.Actor => site.ActorById.TryGetValue(page.Id, out var a) ? a.Name : page.Id,
        PageKind.Figure => site.FigureById.TryGetValue(page.Id, out var f) ? f.Title : page.Id,
        PageKind.Source => site.SourceById.TryGetValue(page.Id, out var s) ? s.Title : page.Id,
        PageKind.Explainer => site.Explainers.FirstOrDefault(x => x.Id == page.Id)?.Title ?? page.Id,
        PageKind.Briefing => site.Briefings.FirstOrDefault(b => b.Id == page.Id)?.Title ?? page.Id,
        _ => site.Pages.FirstOrDefault(p => p.Id == page.Id)?.Title ?? page.Id,
    };

    /// <summary>
    /// The correction's anchor on /corrections/, from its day and page, so that it stays the same when
    /// other corrections are added: <c>correction-2026-11-21-event-embassy-assault</c>, with a number
    /// after the second of one day on one page.
    /// </summary>
    public static string Anchor(Site site, Correction correction)
    {
        string stem = $"correction-{EdtfFormatter.Iso(correction.Date)}-{PageRef.KindName(correction.Page.Kind)}-{correction.Page.Id}";
        int earlier = site.Corrections.Count(c =>
            c.Date == correction.Date && c.Page.Text == correction.Page.Text && c.Origin.Position.Line < correction.Origin.Position.Line);
        return earlier == 0 ? stem : stem + "-" + (earlier + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
