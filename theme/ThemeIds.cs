using System.Collections.Frozen;

namespace StatiqSite.Theme;

/// <summary>
/// The ids the theme itself writes on pages that also hold a Markdown body (briefings, explainers,
/// pages). A heading's automatic id must not take one: "## Main" would otherwise give a second
/// <c>id="main"</c>, and the skip link and every #fragment to it would become ambiguous.
/// </summary>
public static class ThemeIds
{
    private static readonly FrozenSet<string> Fixed = new[]
    {
        "main", "doc-title", "doc-sources-title", "briefing-events", "rail-actors-title", "key-dates-title",
        "corrections-note-title", "corrections-so-far", "in-this-explainer-title", "map-title",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Ids the theme makes from a record's id: event cards, figure panels and their charts, eras, letters.
    private static readonly string[] Prefixes = ["event-", "title-", "figure-", "chart-", "narrow-chart-", "era-", "letter-", "kind-", "num-"];

    public static bool IsTaken(string id) =>
        Fixed.Contains(id) || Prefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal));

    /// <summary>The id a body heading gets instead of a taken one.</summary>
    public static string Instead(string id) => "section-" + id;
}
