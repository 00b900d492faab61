namespace StatiqSite.Content.Dates;

/// <summary>How finely a single EDTF date is known.</summary>
public enum DatePrecision
{
    Decade,
    Century,
    Year,
    Season,
    Month,
    Day,
}

/// <summary>EDTF level-1 qualification of a single date.</summary>
[Flags]
public enum DateQualifier
{
    None = 0,
    Uncertain = 1,
    Approximate = 2,
}

/// <summary>
/// One EDTF date (not an interval): a year, season, month or day, possibly with unspecified
/// digits and a qualifier. <see cref="Earliest"/> and <see cref="Latest"/> bound the days it can mean.
/// </summary>
public readonly record struct EdtfPoint(
    int Year,
    int? Month,
    int? Day,
    int? Season,
    DatePrecision Precision,
    DateQualifier Qualifier,
    string Text)
{
    public DateOnly Earliest => Precision switch
    {
        DatePrecision.Century => new DateOnly(Year, 1, 1),
        DatePrecision.Decade => new DateOnly(Year, 1, 1),
        DatePrecision.Year => new DateOnly(Year, 1, 1),
        DatePrecision.Season => SeasonStart(Year, Season!.Value),
        DatePrecision.Month => new DateOnly(Year, Month!.Value, 1),
        _ => new DateOnly(Year, Month!.Value, Day!.Value),
    };

    public DateOnly Latest => Precision switch
    {
        DatePrecision.Century => new DateOnly(Year + 99, 12, 31),
        DatePrecision.Decade => new DateOnly(Year + 9, 12, 31),
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Season => SeasonStart(Year, Season!.Value).AddMonths(3).AddDays(-1),
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month.Value)),
        _ => new DateOnly(Year, Month!.Value, Day!.Value),
    };

    // Seasons follow the meteorological (northern) calendar; winter runs December to February.
    private static DateOnly SeasonStart(int year, int season) => season switch
    {
        21 => new DateOnly(year, 3, 1),
        22 => new DateOnly(year, 6, 1),
        23 => new DateOnly(year, 9, 1),
        _ => new DateOnly(year, 12, 1),
    };

    public override string ToString() => Text;
}
