using System.Collections.Immutable;

namespace StatiqSite.Discovery.Search;

/// <summary>Where in a page a term was found; the script ranks title hits above body hits.</summary>
[Flags]
public enum SearchField
{
    None = 0,
    Title = 1,

    /// <summary>Names and aliases of the actors a page is about, so that "Daesh" finds pages about ISIS.</summary>
    Names = 2,

    /// <summary>An event's or briefing's date, as ISO forms, month name, year and day.</summary>
    Date = 4,
    Summary = 8,
    Body = 16,
}

/// <summary>
/// One page as search sees it: what a result shows (kind, URL, title, date, summary) and the text
/// of each field. <see cref="AlsoKnownAs"/> (an actor's aliases) counts as much as the title. A long body is split into parts, so a result downloads only the part it matched in.
/// </summary>
public sealed record SearchDocument(
    string Kind,
    string Url,
    string Title,
    string AlsoKnownAs,
    string? Date,
    string Summary,
    string Names,
    ImmutableArray<string> DateTerms,
    ImmutableArray<string> Parts);
