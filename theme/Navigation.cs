using System.Collections.Immutable;
using StatiqSite.Content.Model;
using StatiqSite.Theme.Strings;

namespace StatiqSite.Theme;

/// <summary>A link of the main navigation or the footer, resolved: its label, where it goes, and the section it marks as current.</summary>
public sealed record NavLink(string Label, string Url, string? Section);

/// <summary>
/// The main navigation and the footer's links: site.yml's <c>menu:</c> and <c>footer:</c> when given, otherwise
/// the sections and pages the site actually has, so that a site without briefings or an about page shows no
/// link to them.
/// </summary>
public static class Navigation
{
    private static readonly SiteSection[] MenuSections =
        [SiteSection.Timeline, SiteSection.Actors, SiteSection.Explainers, SiteSection.Briefings, SiteSection.Sources, SiteSection.Search];

    private static readonly string[] FooterPages = ["about", "methodology", "corrections"];

    // Every page shows both, so each is one answer (Site.Answer): a page is drawn again when its links
    // change, not whenever an event is edited or the about page's text is.
    public static IReadOnlyList<NavLink> Menu(Site site, NavStrings labels) => site.Answer(MenuOf, labels);

    public static IReadOnlyList<NavLink> Footer(Site site, NavStrings labels) => site.Answer(FooterOf, labels);

    private static readonly Func<Site, NavStrings, IReadOnlyList<NavLink>> MenuOf = static (site, labels) =>
        Resolve(site, labels, site.Settings.Menu ?? [.. MenuSections.Where(s => Has(site, s)).Select(s => NavItem.For(s))]);

    private static readonly Func<Site, NavStrings, IReadOnlyList<NavLink>> FooterOf = static (site, labels) => Resolve(site, labels, site.Settings.Footer ??
    [
        .. FooterPages.Where(id => site.Pages.Any(p => p.Id == id)).Select(id => new NavItem(NavTargetKind.Page, id, null, TextPosition.Start)),
        .. new[] { SiteSection.Figures, SiteSection.Data }.Where(s => Has(site, s)).Select(s => NavItem.For(s)),
    ]);

    /// <summary>Whether a section has anything to show; search and the data downloads always do.</summary>
    private static bool Has(Site site, SiteSection section) => section switch
    {
        SiteSection.Timeline or SiteSection.Events => !site.Events.IsEmpty,
        SiteSection.Actors => !site.Actors.IsEmpty,
        SiteSection.Explainers => !site.Explainers.IsEmpty,
        SiteSection.Briefings => !site.Briefings.IsEmpty,
        SiteSection.Sources => !site.Sources.IsEmpty,
        SiteSection.Figures => !site.Figures.IsEmpty,
        _ => true,
    };

    private static IReadOnlyList<NavLink> Resolve(Site site, NavStrings labels, ImmutableArray<NavItem> items) =>
    [
        .. items.Select(item => item.Kind switch
        {
            NavTargetKind.Section => new NavLink(item.Label ?? labels.Section(item.Section!.Value), site.Urls.For(item), item.Target),
            NavTargetKind.Page => new NavLink(item.Label ?? site.Pages.First(p => p.Id == item.Target).Title, site.Urls.For(item), item.Target),
            _ => new NavLink(item.Label!, item.Target, null),
        }),
    ];
}
