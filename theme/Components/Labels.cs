using System.Globalization;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Language;
using StatiqSite.Content.Model;

namespace StatiqSite.Theme.Components;

/// <summary>The words the theme shows for kinds, sources and reading times, in one place.</summary>
public static class Labels
{
    /// <summary>
    /// The site's name for the header: its title up to a colon ("Low Water on the Veltra"), so that it fits on
    /// one line and the home page's heading can carry the rest.
    /// </summary>
    public static string ShortTitle(SiteSettings settings) =>
        settings.Title.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon ? settings.Title[..colon].Trim() : settings.Title;

    /// <summary>The home page's heading: what follows the colon in the title, or the whole title when there is none.</summary>
    public static string HomeHeading(SiteSettings settings) =>
        settings.Title.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && colon + 1 < settings.Title.Length
            ? settings.Title[(colon + 1)..].Trim()
            : settings.Title;

    /// <summary>The default label of a section in navigation, when site.yml's menu or footer gives none.</summary>
    public static string Section(SiteSection section) => section switch
    {
        SiteSection.Timeline => "Timeline",
        SiteSection.Actors => "Who’s who",
        SiteSection.Events => "Every event",
        SiteSection.Explainers => "Explainers",
        SiteSection.Briefings => "Briefings",
        SiteSection.Sources => "Sources",
        SiteSection.Figures => "Figures",
        SiteSection.Search => "Search",
        _ => "Data downloads",
    };

    /// <summary>
    /// Whether a role can change, so that its "as of" date says something: a person's or an organisation's
    /// can; a place's or a country's description cannot, and is shown without a date.
    /// </summary>
    public static bool RoleCanChange(Actor actor) => actor.Kind is not (ActorKind.Place or ActorKind.Country);

    /// <summary>The order kinds are grouped in on the glossary.</summary>
    public static readonly IReadOnlyList<ActorKind> KindOrder =
    [
        ActorKind.Person, ActorKind.ArmedGroup, ActorKind.Organization, ActorKind.GovernmentBody, ActorKind.Country, ActorKind.Place,
    ];

    public static string Kind(ActorKind kind) => kind switch
    {
        ActorKind.Person => "Person",
        ActorKind.Organization => "Organization",
        ActorKind.ArmedGroup => "Armed group",
        ActorKind.GovernmentBody => "Government body",
        ActorKind.Country => "Country",
        _ => "Place",
    };

    public static string KindPlural(ActorKind kind) => kind switch
    {
        ActorKind.Person => "People",
        ActorKind.Organization => "Organizations",
        ActorKind.ArmedGroup => "Armed groups",
        ActorKind.GovernmentBody => "Government bodies",
        ActorKind.Country => "Countries",
        _ => "Places",
    };

    public static string KindSlug(ActorKind kind) => kind switch
    {
        ActorKind.Person => "people",
        ActorKind.Organization => "organizations",
        ActorKind.ArmedGroup => "armed-groups",
        ActorKind.GovernmentBody => "government-bodies",
        ActorKind.Country => "countries",
        _ => "places",
    };

    /// <summary>The days a record can fall on, in words: "Between 9 January 2020 and 14 April 2021".</summary>
    public static string Possible(DateFormatter dates, Placement placement) => (placement.Earliest, placement.Latest) switch
    {
        ({ } from, { } to) when from.Day == to.Day => $"On {dates.Display(from.Day)}",
        ({ } from, { } to) => $"Between {dates.Display(from.Point)} and {dates.Display(to.Point)}",
        ({ } from, null) => $"On or after {dates.Display(from.Point)}",
        (null, { } to) => $"On or before {dates.Display(to.Point)}",
        _ => "At a date the texts do not give",
    };

    public static string SourceKind(SourceKind kind) => kind switch
    {
        Content.Model.SourceKind.Opinion => "Opinion column",
        Content.Model.SourceKind.News => "News report",
        _ => "Analysis",
    };

    /// <summary>Minutes to read at 200 words a minute, at least one.</summary>
    public static string ReadingTime(int words) =>
        Math.Max(1, (words + 199) / 200).ToString(CultureInfo.InvariantCulture) + " min read";

    public static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

    /// <summary>The letter an actor is filed under on the glossary: the first letter of its name.</summary>
    public static char Letter(Actor actor)
    {
        foreach (char c in actor.Name)
        {
            if (char.IsAsciiLetter(c))
            {
                return char.ToUpperInvariant(c);
            }
        }

        return '#';
    }
}
