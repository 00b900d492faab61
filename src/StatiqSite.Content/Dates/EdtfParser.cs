using System.Globalization;

namespace StatiqSite.Content.Dates;

/// <summary>
/// Parses the EDTF forms the content uses: <c>2020</c>, <c>2020-01</c>, <c>2020-01-03</c>, seasons
/// (<c>2019-23</c>), unspecified digits (<c>201X</c>, <c>2020-XX</c>), the qualifiers <c>?</c> <c>~</c> <c>%</c>,
/// and intervals with open (<c>..</c>) or unknown (empty) ends.
/// </summary>
internal static class EdtfParser
{
    public const string Expected =
        "a date such as 2020-01-03, 2020-01, 2020, 2019-12~, 2020?, 2019-23 (autumn), 201X, or an interval such as 2020-01-04/2020-01-05 or ../2020-01";

    public static bool TryParse(string text, out EdtfDate date, out EdtfError error)
    {
        date = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = new EdtfError($"the date is empty; expected {Expected}", 0);
            return false;
        }

        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            if (text == "..")
            {
                error = new EdtfError($"'..' is only allowed as one end of an interval; expected {Expected}", 0);
                return false;
            }

            if (!TryParsePoint(text, 0, out var point, out error))
            {
                return false;
            }

            date = new EdtfDate(text, point, EndpointKind.Date, null, EndpointKind.Date, isInterval: false);
            return true;
        }

        if (text.IndexOf('/', slash + 1) >= 0)
        {
            error = new EdtfError("an interval has exactly one '/'", text.IndexOf('/', slash + 1));
            return false;
        }

        string left = text[..slash];
        string right = text[(slash + 1)..];
        if (!TryParseEndpoint(left, 0, out var start, out var startKind, out error)
            || !TryParseEndpoint(right, slash + 1, out var end, out var endKind, out error))
        {
            return false;
        }

        if (start is null && end is null)
        {
            error = new EdtfError("an interval needs at least one known end", 0);
            return false;
        }

        if (start is { } s && end is { } e && e.Latest < s.Earliest)
        {
            error = new EdtfError($"the interval ends ({right}) before it starts ({left})", slash + 1);
            return false;
        }

        date = new EdtfDate(text, start, startKind, end, endKind, isInterval: true);
        error = default;
        return true;
    }

    private static bool TryParseEndpoint(string text, int offset, out EdtfPoint? point, out EndpointKind kind, out EdtfError error)
    {
        point = null;
        error = default;
        if (text.Length == 0)
        {
            kind = EndpointKind.Unknown;
            return true;
        }

        if (text == "..")
        {
            kind = EndpointKind.Open;
            return true;
        }

        kind = EndpointKind.Date;
        if (!TryParsePoint(text, offset, out var p, out error))
        {
            return false;
        }

        point = p;
        return true;
    }

    private static bool TryParsePoint(string text, int offset, out EdtfPoint point, out EdtfError error)
    {
        point = default;
        var qualifier = DateQualifier.None;
        string body = text;
        if (body.Length > 0 && body[^1] is '?' or '~' or '%')
        {
            qualifier = body[^1] switch
            {
                '?' => DateQualifier.Uncertain,
                '~' => DateQualifier.Approximate,
                _ => DateQualifier.Uncertain | DateQualifier.Approximate,
            };
            body = body[..^1];
        }

        string[] parts = body.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4)
        {
            error = new EdtfError($"'{text}' is not a date; expected {Expected}", offset);
            return false;
        }

        string yearText = parts[0];
        int xs = yearText.Length - yearText.TrimEnd('X').Length;
        if (xs > 2 || !IsDigits(yearText[..(4 - xs)]))
        {
            error = new EdtfError($"'{yearText}' is not a four-digit year (only the last one or two digits may be X)", offset);
            return false;
        }

        int year = int.Parse(yearText[..(4 - xs)].PadRight(4, '0'), NumberStyles.None, CultureInfo.InvariantCulture);
        if (year == 0)
        {
            // 00XX and 000X would include the year 0, which the calendar types cannot represent.
            error = new EdtfError($"'{yearText}' includes the year 0000, which is not supported; dates start in the year 0001", offset);
            return false;
        }

        if (xs > 0)
        {
            if (parts.Length > 1)
            {
                error = new EdtfError($"'{text}': a year with unspecified digits cannot have a month or day", offset);
                return false;
            }

            point = new EdtfPoint(year, null, null, null, xs == 1 ? DatePrecision.Decade : DatePrecision.Century, qualifier, text);
            error = default;
            return true;
        }

        if (parts.Length == 1)
        {
            point = new EdtfPoint(year, null, null, null, DatePrecision.Year, qualifier, text);
            error = default;
            return true;
        }

        int monthOffset = offset + 5;
        if (parts[1] == "XX")
        {
            if (parts.Length == 3)
            {
                error = new EdtfError($"'{text}': a day cannot follow an unspecified month", monthOffset);
                return false;
            }

            point = new EdtfPoint(year, null, null, null, DatePrecision.Year, qualifier, text);
            error = default;
            return true;
        }

        if (parts[1].Length != 2 || !IsDigits(parts[1]))
        {
            error = new EdtfError($"'{parts[1]}' is not a two-digit month (01–12) or season (21–24)", monthOffset);
            return false;
        }

        int month = int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
        if (month is >= 21 and <= 24)
        {
            if (parts.Length == 3)
            {
                error = new EdtfError($"'{text}': a season cannot have a day", monthOffset);
                return false;
            }

            if (year == 9999 && month == 24)
            {
                error = new EdtfError("winter 9999 runs into the year 10000, which is not supported", monthOffset);
                return false;
            }

            point = new EdtfPoint(year, null, null, month, DatePrecision.Season, qualifier, text);
            error = default;
            return true;
        }

        if (month is < 1 or > 12)
        {
            error = new EdtfError($"month {parts[1]} does not exist; use 01–12, or 21–24 for a season", monthOffset);
            return false;
        }

        if (parts.Length == 2)
        {
            point = new EdtfPoint(year, month, null, null, DatePrecision.Month, qualifier, text);
            error = default;
            return true;
        }

        int dayOffset = offset + 8;
        if (parts[2] == "XX")
        {
            point = new EdtfPoint(year, month, null, null, DatePrecision.Month, qualifier, text);
            error = default;
            return true;
        }

        if (parts[2].Length != 2 || !IsDigits(parts[2]))
        {
            error = new EdtfError($"'{parts[2]}' is not a two-digit day", dayOffset);
            return false;
        }

        int day = int.Parse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture);
        int days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            error = new EdtfError($"{parts[0]}-{parts[1]} has {days} days, so day {parts[2]} does not exist", dayOffset);
            return false;
        }

        point = new EdtfPoint(year, month, day, null, DatePrecision.Day, qualifier, text);
        error = default;
        return true;
    }

    private static bool IsDigits(string s)
    {
        foreach (char c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}
