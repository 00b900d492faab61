using StatiqSite.Content.Model;

namespace StatiqSite.Theme.Components;

/// <summary>
/// Which of a figure's values is the most recent, for "as of" stamps. A value dated "January 2020 or
/// later" counts as later than one dated 8 January 2020: its last possible day decides, then its first.
/// </summary>
public static class FigureValues
{
    public static FigureValue Latest(Figure figure) => Ordered(figure.Values).First();

    /// <summary>The latest value and any others given for the same date (the votes for and against, say), in content order.</summary>
    public static IReadOnlyList<FigureValue> LatestGroup(Figure figure)
    {
        var latest = Latest(figure);
        return [.. figure.Values.Where(v => v.Date.Text == latest.Date.Text)];
    }

    private static IEnumerable<FigureValue> Ordered(IEnumerable<FigureValue> values) =>
        values
            .Select((v, i) => (v, i))
            .OrderByDescending(p => p.v.Date.Latest)
            .ThenByDescending(p => p.v.Date.SortKey)
            .ThenByDescending(p => p.i)
            .Select(p => p.v);
}
