using System.Collections.Concurrent;
using System.Globalization;
using StatiqSite.Content.Dates;

namespace StatiqSite.Content.Language;

/// <summary>
/// Writes EDTF values for readers ("c. December 2019", "4–5 January 2020") in the words and order of a
/// language's <see cref="DateRules"/>. Numbers are written with invariant digits whatever the machine's
/// culture. Machine formats (ISO, EDTF) are <see cref="EdtfFormatter"/>'s and never depend on the language.
/// </summary>
public sealed class DateFormatter(DateRules rules)
{
    // A timeline draws each event's date on many pages; formatting once per value keeps that cheap.
    private readonly ConcurrentDictionary<string, string> cache = new(StringComparer.Ordinal);

    public DateRules Rules { get; } = rules;

    public string MonthName(int month) => Rules.Months[month - 1];

    /// <summary>The name a season is written with (EDTF 21 spring … 24 winter).</summary>
    public string SeasonName(int season) => Rules.Seasons[season - 21][0];

    public string Display(EdtfDate date) => cache.GetOrAdd(date.Text, static (_, state) => state.Self.Format(state.Date), (Self: this, Date: date));

    public string Display(EdtfPoint p)
    {
        string year = Number(p.Year);
        string core = p.Precision switch
        {
            DatePrecision.Day => Rules.Day.Fill(Number(p.Day!.Value), MonthName(p.Month!.Value), year),
            DatePrecision.Month => Rules.Month.Fill(MonthName(p.Month!.Value), year),
            DatePrecision.Season => Rules.Season.Fill(SeasonName(p.Season!.Value), year),
            DatePrecision.Decade => Rules.Decade.Fill(year),
            DatePrecision.Century => Rules.Century.Fill(Number(p.Year / 100 + 1), OrdinalSuffix(p.Year / 100 + 1)),
            _ => year,
        };

        if ((p.Qualifier & DateQualifier.Approximate) != 0)
        {
            core = Rules.Approximate.Fill(core);
        }

        return (p.Qualifier & DateQualifier.Uncertain) != 0 ? Rules.Uncertain.Fill(core) : core;
    }

    /// <summary>A calendar day for readers: "21 November 2026".</summary>
    public string Display(DateOnly day) => Rules.Day.Fill(Number(day.Day), MonthName(day.Month), Number(day.Year));

    private string Format(EdtfDate date)
    {
        if (!date.IsInterval)
        {
            return Display(date.Start!.Value);
        }

        return (date.Start, date.End) switch
        {
            ({ } s, { } e) => DisplayRange(s, e),
            ({ } s, null) => (date.EndKind == EndpointKind.Open ? Rules.OrLater : Rules.EndUnknown).Fill(Display(s)),
            (null, { } e) => (date.StartKind == EndpointKind.Open ? Rules.OrEarlier : Rules.StartUnknown).Fill(Display(e)),
            _ => date.Text,
        };
    }

    private string DisplayRange(EdtfPoint s, EdtfPoint e)
    {
        bool plain = s.Qualifier == DateQualifier.None && e.Qualifier == DateQualifier.None && s.Year == e.Year;
        if (plain && s.Precision == DatePrecision.Day && e.Precision == DatePrecision.Day)
        {
            return s.Month == e.Month
                ? Rules.DaysInMonth.Fill(Number(s.Day!.Value), Number(e.Day!.Value), MonthName(s.Month!.Value), Number(s.Year))
                : Rules.DaysInYear.Fill(Number(s.Day!.Value), MonthName(s.Month!.Value), Number(e.Day!.Value), MonthName(e.Month!.Value), Number(s.Year));
        }

        if (plain && s.Precision == DatePrecision.Month && e.Precision == DatePrecision.Month)
        {
            return Rules.MonthsInYear.Fill(MonthName(s.Month!.Value), MonthName(e.Month!.Value), Number(s.Year));
        }

        return Rules.Range.Fill(Display(s), Display(e));
    }

    private string OrdinalSuffix(int n)
    {
        string digits = Number(n);
        string? best = null, other = null;
        int bestLength = 0;
        foreach (var (ending, suffix) in Rules.OrdinalSuffixes)
        {
            if (ending == "other")
            {
                other = suffix;
            }
            else if (ending.Length > bestLength && digits.EndsWith(ending, StringComparison.Ordinal))
            {
                best = suffix;
                bestLength = ending.Length;
            }
        }

        return best ?? other ?? string.Empty;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
