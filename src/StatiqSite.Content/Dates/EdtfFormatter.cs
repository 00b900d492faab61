using System.Globalization;

namespace StatiqSite.Content.Dates;

/// <summary>
/// Writes EDTF values for machines (the HTML <c>datetime</c> attribute, feeds, data files): invariant
/// whatever the site's language or the machine's culture. Readers' dates are the language's
/// (<see cref="Language.DateFormatter"/>).
/// </summary>
public static class EdtfFormatter
{
    /// <summary>A value valid in an HTML <c>datetime</c> attribute: the most precise point known.</summary>
    public static string MachineReadable(EdtfDate date) => MachineReadable(date.Anchor);

    public static string MachineReadable(EdtfPoint p) => p.Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{p.Year:D4}-{p.Month:D2}-{p.Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{p.Year:D4}-{p.Month:D2}"),
        _ => p.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>A plain ISO 8601 day, as used in feeds and sitemaps.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
