using StatiqSite.Content.Dates;
using StatiqSite.Content.Language;
using StatiqSite.Content.Model;

namespace StatiqSite.Theme.Components;

/// <summary>Site titles, key-player sides and the other labels the theme derives from the content.</summary>
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

    /// <summary>
    /// Whether a role can change, so that its "as of" date says something: a person's or an organisation's
    /// can; a place's or a country's description cannot, and is shown without a date.
    /// </summary>
    public static bool RoleCanChange(Actor actor) => actor.Kind is not (ActorKind.Place or ActorKind.Country);

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
