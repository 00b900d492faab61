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

    public static string KindLabel(PageKind kind) => kind switch
    {
        PageKind.Event => "Event",
        PageKind.Actor => "Who's who",
        PageKind.Figure => "Figure",
        PageKind.Source => "Source",
        PageKind.Explainer => "Explainer",
        PageKind.Briefing => "Briefing",
        _ => "Page",
    };

    /// <summary>A day in words, "21 November 2026", the way dates read elsewhere on the site.</summary>
    public static string Day(DateOnly day) => EdtfFormatter.Display(EdtfDate.Parse(EdtfFormatter.Iso(day)));
}
