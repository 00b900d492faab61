using System.Collections.Immutable;

namespace StatiqSite.Content.Model;

/// <summary>
/// The sections the generator builds, which navigation can point at by name (<c>section: timeline</c>);
/// the kebab-case name is also the section a page reports for <c>aria-current</c>.
/// </summary>
public enum SiteSection
{
    Timeline,
    Actors,
    Events,
    Explainers,
    Briefings,
    Sources,
    Figures,
    Search,
    Data,
}

/// <summary>What a navigation item points at: one of the generator's sections, a page from <c>pages/</c>, or any URL.</summary>
public enum NavTargetKind
{
    Section,
    Page,
    Url,
}

/// <summary>
/// One link of the main navigation or the footer (<c>menu:</c> and <c>footer:</c> in site.yml). Without a label a
/// section takes the theme's name for it and a page its title; a URL always has one.
/// </summary>
public sealed record NavItem(NavTargetKind Kind, string Target, string? Label, TextPosition At)
{
    /// <summary>Set when <see cref="Kind"/> is <see cref="NavTargetKind.Section"/>.</summary>
    public SiteSection? Section { get; init; }

    /// <summary>
    /// A link to a section, its target the section's name in kebab case ("timeline"), which is also the
    /// section its pages report, so that the link is marked <c>aria-current</c> on them.
    /// </summary>
    public static NavItem For(SiteSection section, string? label = null, TextPosition at = default) =>
        new(NavTargetKind.Section, Name(section), label, at) { Section = section };

    private static string Name(SiteSection section) => section switch
    {
        SiteSection.Timeline => "timeline",
        SiteSection.Actors => "actors",
        SiteSection.Events => "events",
        SiteSection.Explainers => "explainers",
        SiteSection.Briefings => "briefings",
        SiteSection.Sources => "sources",
        SiteSection.Figures => "figures",
        SiteSection.Search => "search",
        _ => "data",
    };
}

/// <summary>One group of key players on who's who (<c>key_players:</c> in site.yml), in display order; an actor's <c>key_player:</c> names its id.</summary>
public sealed record KeyPlayerGroup(string Id, string Label, TextPosition At);

/// <summary>
/// The locator map (<c>map:</c> in site.yml): country outlines read from a file of the site and the country the
/// story is about, drawn tinted. Its geometry is <see cref="Outlines"/>, filled in once the file is read.
/// </summary>
public sealed record MapSettings(string OutlinesPath, string Highlight, TextPosition OutlinesAt, TextPosition HighlightAt)
{
    public MapOutlines? Outlines { get; init; }
}

/// <summary>
/// Country outlines for the locator map as the site's file gives them: the frame in degrees, where the data
/// comes from (credited under the map), and each country's rings of [longitude, latitude] points.
/// </summary>
public sealed record MapOutlines(string Source, double West, double East, double South, double North, ImmutableArray<MapCountry> Countries);

public sealed record MapCountry(string Name, ImmutableArray<ImmutableArray<(double Lon, double Lat)>> Rings);
