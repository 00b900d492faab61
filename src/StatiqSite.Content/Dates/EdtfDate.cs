namespace StatiqSite.Content.Dates;

/// <summary>How an interval endpoint is given: a date, open (<c>..</c>) or unknown (empty).</summary>
public enum EndpointKind
{
    Date,
    Open,
    Unknown,
}

/// <summary>How a date is drawn, so that a reader can tell an exact day from a span without reading it.</summary>
public enum DateShape
{
    /// <summary>One known day.</summary>
    Day,

    /// <summary>A day, month or year marked approximate or uncertain ("c.").</summary>
    Approximate,

    /// <summary>A month, season, year or longer unit, known only to that precision.</summary>
    Period,

    /// <summary>Somewhere between two known ends.</summary>
    Span,

    /// <summary>An interval with one end open or unknown ("or earlier", "or later").</summary>
    OpenSpan,
}

/// <summary>
/// A parsed EDTF value (levels 0 and 1): a single date or an interval whose ends may be open or unknown.
/// Immutable; compares by its text.
/// </summary>
public sealed record EdtfDate
{
    // A cache of the machine format, which is a function of the text; equality is by the text alone.
    private string? machine;

    internal EdtfDate(string text, EdtfPoint? start, EndpointKind startKind, EdtfPoint? end, EndpointKind endKind, bool isInterval)
    {
        Text = text;
        Start = start;
        StartKind = startKind;
        End = end;
        EndKind = endKind;
        IsInterval = isInterval;
    }

    public string Text { get; }

    public bool IsInterval { get; }

    /// <summary>The single date, or the interval's start when it has one.</summary>
    public EdtfPoint? Start { get; }

    public EndpointKind StartKind { get; }

    public EdtfPoint? End { get; }

    public EndpointKind EndKind { get; }

    /// <summary>The first day the value can mean; <see cref="DateOnly.MinValue"/> when open.</summary>
    public DateOnly Earliest => Start?.Earliest ?? DateOnly.MinValue;

    /// <summary>The last day the value can mean; <see cref="DateOnly.MaxValue"/> when open.</summary>
    public DateOnly Latest => IsInterval ? End?.Latest ?? DateOnly.MaxValue : Start!.Value.Latest;

    /// <summary>The last day the value is known to reach: an open end counts as its start, never the year 9999.</summary>
    public DateOnly LastKnownDay => End?.Latest ?? Start?.Latest ?? DateOnly.MinValue;

    /// <summary>
    /// Where the value sorts on a timeline: its first known day. An open start sorts at its end,
    /// so "January 2020 or earlier" sits beside January 2020 rather than before the year 1.
    /// </summary>
    public DateOnly SortKey => Start?.Earliest ?? End?.Earliest ?? DateOnly.MinValue;

    /// <summary>The most precise point known, for a machine-readable date.</summary>
    public EdtfPoint Anchor => Start ?? End ?? throw new InvalidOperationException("an open date has no anchor");

    /// <summary>Open at both ends (<c>..</c>): used for an era that has not ended.</summary>
    public bool IsOpen => IsInterval && Start is null && End is null;

    public static readonly EdtfDate Open = new("..", null, EndpointKind.Open, null, EndpointKind.Open, isInterval: true);

    public DateShape Shape => (IsInterval, Start, End) switch
    {
        (true, { }, { }) => DateShape.Span,
        (true, _, _) => DateShape.OpenSpan,
        (false, { Qualifier: not DateQualifier.None }, _) => DateShape.Approximate,
        (false, { Precision: DatePrecision.Day }, _) => DateShape.Day,
        _ => DateShape.Period,
    };

    public bool Overlaps(DateOnly from, DateOnly to) => Earliest <= to && Latest >= from;

    public static EdtfDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new FormatException(error.Message);

    public static bool TryParse(string text, out EdtfDate date, out EdtfError error) =>
        EdtfParser.TryParse(text, out date, out error);

    /// <summary>The value for a <c>datetime</c> attribute (<see cref="EdtfFormatter.MachineReadable(EdtfDate)"/>), formatted once.</summary>
    public string MachineText => machine ??= EdtfFormatter.MachineReadable(this);

    public bool Equals(EdtfDate? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => Text;
}

/// <summary>Why a string is not valid EDTF, and at which character (0-based).</summary>
public readonly record struct EdtfError(string Message, int Offset);
