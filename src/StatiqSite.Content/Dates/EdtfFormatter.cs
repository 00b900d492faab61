using System.Globalization;

namespace StatiqSite.Content.Dates;

/// <summary>
/// Writes EDTF values for readers ("c. December 2019", "4–5 January 2020") and for machines
/// (the HTML <c>datetime</c> attribute). English and invariant whatever the machine's culture.
/// </summary>
public static class EdtfFormatter
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    public static string MonthName(int month) => Months[month - 1];

    public static string Display(EdtfDate date)
    {
        if (!date.IsInterval)
        {
            return Display(date.Start!.Value);
        }

        return (date.Start, date.End) switch
        {
            ({ } s, { } e) => DisplayRange(s, e),
            ({ } s, null) => date.EndKind == EndpointKind.Open
                ? $"{Display(s)} or later"
                : $"from {Display(s)} (end unknown)",
            (null, { } e) => date.StartKind == EndpointKind.Open
                ? $"{Display(e)} or earlier"
                : $"until {Display(e)} (start unknown)",
            _ => date.Text,
        };
    }

    public static string Display(EdtfPoint p)
    {
        string core = p.Precision switch
        {
            DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{p.Day} {MonthName(p.Month!.Value)} {p.Year}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{MonthName(p.Month!.Value)} {p.Year}"),
            DatePrecision.Season => string.Create(CultureInfo.InvariantCulture, $"{SeasonName(p.Season!.Value)} {p.Year}"),
            DatePrecision.Decade => string.Create(CultureInfo.InvariantCulture, $"the {p.Year}s"),
            DatePrecision.Century => string.Create(CultureInfo.InvariantCulture, $"the {p.Year / 100 + 1}{Ordinal(p.Year / 100 + 1)} century"),
            _ => p.Year.ToString(CultureInfo.InvariantCulture),
        };

        return Qualify(core, p.Qualifier);
    }

    /// <summary>A value valid in an HTML <c>datetime</c> attribute: the most precise point known.</summary>
    public static string MachineReadable(EdtfDate date) => MachineReadable(date.Anchor);

    public static string MachineReadable(EdtfPoint p) => p.Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{p.Year:D4}-{p.Month:D2}-{p.Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{p.Year:D4}-{p.Month:D2}"),
        _ => p.Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>A calendar day for readers: "21 November 2026".</summary>
    public static string Display(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Day} {MonthName(day.Month)} {day.Year}");

    /// <summary>A plain ISO 8601 day, as used in feeds and sitemaps.</summary>
    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DisplayRange(EdtfPoint s, EdtfPoint e)
    {
        bool plain = s.Qualifier == DateQualifier.None && e.Qualifier == DateQualifier.None;
        if (plain && s.Precision == DatePrecision.Day && e.Precision == DatePrecision.Day && s.Year == e.Year)
        {
            if (s.Month == e.Month)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{s.Day}–{e.Day} {MonthName(s.Month!.Value)} {s.Year}");
            }

            return string.Create(CultureInfo.InvariantCulture, $"{s.Day} {MonthName(s.Month!.Value)} – {e.Day} {MonthName(e.Month!.Value)} {s.Year}");
        }

        if (plain && s.Precision == DatePrecision.Month && e.Precision == DatePrecision.Month && s.Year == e.Year)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{MonthName(s.Month!.Value)}–{MonthName(e.Month!.Value)} {s.Year}");
        }

        return $"{Display(s)} – {Display(e)}";
    }

    private static string Qualify(string core, DateQualifier q) => q switch
    {
        DateQualifier.Approximate => "c. " + core,
        DateQualifier.Uncertain => core + " (uncertain)",
        DateQualifier.Approximate | DateQualifier.Uncertain => "c. " + core + " (uncertain)",
        _ => core,
    };

    private static string SeasonName(int season) => season switch
    {
        21 => "spring",
        22 => "summer",
        23 => "autumn",
        _ => "winter",
    };

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };
}
