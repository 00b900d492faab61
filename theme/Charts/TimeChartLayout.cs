using System.Collections.Immutable;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Theme.Components;

namespace StatiqSite.Theme.Charts;

/// <summary>
/// One stated value on the time axis: a span across every day its date allows (never a point, since most
/// dates are a month or "or later"), at its number, or a band for a range; with the article it comes from.
/// </summary>
public sealed record TimeMark(FigureValue Value, double X1, double X2, double Y1, double Y2, bool OpenEnd, string Label, double LabelX, double LabelY, bool LabelEnd, string Description);

/// <summary>
/// Lays out a figure whose values change over time (a force's size over the years) on a time axis. Reports of the same
/// moment are drawn one above the other at their own numbers, each named by its article, never averaged.
/// </summary>
public sealed class TimeChartLayout
{
    public const double Left = 60;
    public const double Right = 14;
    /// <summary>Room above the plot for the label of a value at the top of the scale.</summary>
    public const double Top = 30;
    public const double PlotHeight = 220;
    public const double MarkHeight = 8;

    public TimeChartLayout(Site site, Figure figure, double width)
    {
        Figure = figure;
        Width = width;
        var first = figure.Values.Min(v => v.Date.Earliest);
        var last = figure.Values.Max(v => LastDay(v) ?? v.Date.Earliest);
        From = first.AddDays(-30);
        To = last.AddDays(75);
        Max = ChartNumbers.NiceMax(figure.Values.Max(v => v.High ?? v.Value));
        AxisY = Top + PlotHeight;
        Height = AxisY + 30;

        var marks = ImmutableArray.CreateBuilder<TimeMark>();
        var labelBoxes = new List<(double L, double T, double R, double B)>();
        // Ranges first, so that the values they span are drawn over them and stay visible.
        foreach (var v in figure.Values.OrderBy(v => v.High is null ? 1 : 0))
        {
            var end = LastDay(v);
            double x1 = X(v.Date.Earliest);
            double x2 = Math.Max(x1 + 6, end is { } e ? X(e.AddDays(1)) : X(To));
            double y2 = Y(v.Value);
            double y1 = v.High is { } high ? Y(high) : y2;

            // Stacked below earlier reports of the same number and time, so that each stays visible.
            double offset = marks.Count(m => m.Value.Value == v.Value && m.Value.High == v.High && m.X1 < x2 && x1 < m.X2) * (MarkHeight + 4);
            string source = site.SourceById.TryGetValue(v.Citation.SourceId, out var s) ? s.Label : v.Citation.SourceId;
            string label = $"{FigureText.Quantity(v)} · {source} {v.Citation.Locator}";
            double labelWidth = label.Length * 7.6;
            double labelY = y1 - 6 + offset;
            bool atEnd = x1 + labelWidth > Width - Right;
            double labelRight = Math.Max(x2, Left + labelWidth);
            var box = atEnd ? (labelRight - labelWidth, labelY - 14, labelRight, labelY + 2) : (x1, labelY - 14, x1 + labelWidth, labelY + 2);
            while (labelBoxes.Any(b => b.L < box.Item3 && box.Item1 < b.R && b.T < box.Item4 && box.Item2 < b.B))
            {
                labelY += 18;
                box = (box.Item1, box.Item2 + 18, box.Item3, box.Item4 + 18);
            }

            labelBoxes.Add(box);
            marks.Add(new TimeMark(v, x1, x2, y1 + offset - (MarkHeight / 2), y2 + offset + (MarkHeight / 2), end is null, label,
                atEnd ? labelRight : x1, labelY, atEnd, $"{FigureText.Value(v, figure.Unit)}: {site.Dates.Display(v.Date)}, {source} {v.Citation.Locator}"));
        }

        Marks = marks.ToImmutable();
        ValueTicks = [.. ChartNumbers.Ticks(Max).Select(t => new ChartTick(Y(t), FigureText.Number(t)))];
        TimeTicks = [.. HalfYears().Select(d => new ChartTick(X(d), d.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)))];
    }

    /// <summary>
    /// Whether a figure changes over time: its values were stated for moments more than three months apart,
    /// and none is one of several series (a vote's for and against belong to one moment).
    /// </summary>
    public static bool Applies(Figure figure) =>
        figure.Values.Length >= 2
        && figure.Values.All(v => v.Series is null)
        && figure.Values.Max(v => v.Date.Earliest).DayNumber - figure.Values.Min(v => v.Date.Earliest).DayNumber > 90;

    public Figure Figure { get; }

    public double Width { get; }

    public double Height { get; }

    public double AxisY { get; }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public decimal Max { get; }

    public ImmutableArray<TimeMark> Marks { get; }

    public ImmutableArray<ChartTick> ValueTicks { get; }

    public ImmutableArray<ChartTick> TimeTicks { get; }

    public string Description =>
        $"Time chart of {Figure.Title.TrimEnd('.')}, from {Month(From)} to {Month(To)}. Each value is drawn across every day its date allows, at its number, "
        + $"one above the other where articles report the same moment; none is averaged. {string.Join("; ", Marks.Select(m => m.Description))}.";

    private static string Month(DateOnly day) => day.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private double X(DateOnly day) => Left + ((day.DayNumber - From.DayNumber) * (Width - Left - Right) / Math.Max(1, To.DayNumber - From.DayNumber));

    private double Y(decimal value) => AxisY - ((double)(value / Max) * PlotHeight);

    /// <summary>The last day a value's date allows, or null when it is open ("January 2020 or later").</summary>
    private static DateOnly? LastDay(FigureValue v) => v.Date.Latest == DateOnly.MaxValue ? null : v.Date.Latest;

    private IEnumerable<DateOnly> HalfYears()
    {
        var d = new DateOnly(From.Year, 1, 1);
        while (d < From)
        {
            d = d.AddMonths(6);
        }

        for (; d <= To; d = d.AddMonths(6))
        {
            yield return d;
        }
    }
}
