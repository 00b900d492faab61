using System.Collections.Immutable;
using System.Globalization;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Theme.Components;

namespace StatiqSite.Theme.Charts;

/// <summary>How a bar reads: a stated number, a range, or a number the article gives as a bound.</summary>
public enum BarShape
{
    /// <summary>"5,000", "about 5,000": a solid bar.</summary>
    Value,

    /// <summary>"5,000–6,000": a solid bar to the low end and a lighter band to the high end.</summary>
    Range,

    /// <summary>"at least 14", "more than 36": a solid bar with an arrow, since the true number is higher.</summary>
    LowerBound,

    /// <summary>"up to 50", "nearly 100": an outlined bar, since the true number is at most this.</summary>
    UpperBound,
}

/// <summary>
/// One stated value as drawn: its bar, the bold lines that label it, the lighter lines with its date
/// and source, and its value in words (at the bar's end, unless the chart is compact and the value
/// is the label).
/// </summary>
public sealed record ChartRow(
    FigureValue Value,
    BarShape Shape,
    ImmutableArray<string> LabelLines,
    ImmutableArray<string> MetaLines,
    string? ValueText,
    string Description,
    double Top,
    double BarY,
    double BarEnd,
    double? RangeEnd);

/// <summary>A gridline with its value.</summary>
public sealed record ChartTick(double X, string Label);

/// <summary>
/// Lays out a figure as a horizontal bar chart, one bar per stated value in the order the content gives
/// them, so that values the articles disagree on stand side by side and are never averaged. Every
/// position is computed here, in invariant numbers, so the SVG is the same on every machine.
/// </summary>
public sealed class FigureChartLayout
{
    /// <summary>The width of a chart with room beside it: on a figure's page and in explainers.</summary>
    public const double WideWidth = 560;

    /// <summary>The width of a chart in a narrow card, as on the home page, drawn at about its own size.</summary>
    public const double CompactWidth = 320;

    public const double Left = 8;

    /// <summary>Where labels start: clear of the axis line.</summary>
    public const double TextLeft = 14;
    public const double LabelLine = 18;
    public const double MetaLine = 16;
    public const double BarHeight = 14;
    public const double RowGap = 14;

    /// <summary>Roughly how wide a character of the bold value labels is, to leave room for the longest.</summary>
    public const double CharWidth = 8;

    public FigureChartLayout(Site site, Figure figure, bool compact = false)
    {
        Figure = figure;
        Compact = compact;
        Width = compact ? CompactWidth : WideWidth;
        decimal max = figure.Values.Select(v => v.High ?? v.Value).DefaultIfEmpty(0).Max();
        Max = ChartNumbers.NiceMax(max);

        // Wide: the bar for the largest value ends where its label still fits inside the chart.
        // Compact: the value is the row's label, so bars may use the whole width.
        double labelRoom = compact ? 16 : figure.Values.Select(v => FigureText.Value(v with { Series = null }, figure.Unit).Length * CharWidth).DefaultIfEmpty(0).Max() + 24;
        double plot = Math.Max(Width / 3, Width - Left - labelRoom);
        int labelWrap = compact ? 36 : 68;
        int metaWrap = compact ? 44 : 80;
        double y = 8;
        var rows = ImmutableArray.CreateBuilder<ChartRow>();
        foreach (var v in figure.Values)
        {
            string source = site.SourceById.TryGetValue(v.Citation.SourceId, out var s) ? s.Label : v.Citation.SourceId;
            string valueText = FigureText.Value(v with { Series = null }, figure.Unit);
            string date = site.Dates.Display(v.Date);
            var labels = compact
                ? Wrap(valueText, labelWrap)
                : Wrap(v.Series is { } series ? Capitalize(series) : date, labelWrap);
            var meta = compact
                ? Wrap((v.Series is { } s2 ? Capitalize(s2) + " · " : string.Empty) + date + " · " + source + " " + v.Citation.Locator, metaWrap)
                : Wrap((v.Series is null ? string.Empty : date + " · ") + source + " " + v.Citation.Locator, metaWrap);
            double top = y;
            double barY = top + (labels.Length * LabelLine) + (meta.Length * MetaLine) + 4;
            rows.Add(new ChartRow(
                v,
                Shape(v),
                labels,
                meta,
                compact ? null : valueText,
                $"{valueText}: {date}, {source} {v.Citation.Locator}",
                top,
                barY,
                Left + Scale(v.Value, plot),
                v.High is { } high ? Left + Scale(high, plot) : null));
            y = barY + BarHeight + RowGap;
        }

        Rows = rows.ToImmutable();
        PlotRight = Left + plot;
        AxisY = y;
        Height = y + 22;
        Ticks = [.. ChartNumbers.Ticks(Max).Select(t => new ChartTick(Left + Scale(t, plot), FigureText.Number(t)))];
    }

    public Figure Figure { get; }

    public bool Compact { get; }

    public double Width { get; }

    public decimal Max { get; }

    public ImmutableArray<ChartRow> Rows { get; }

    public ImmutableArray<ChartTick> Ticks { get; }

    public double PlotRight { get; }

    public double AxisY { get; }

    public double Height { get; }

    public bool HasShape(BarShape shape) => Rows.Any(r => r.Shape == shape);

    /// <summary>What the chart shows, in words, for its &lt;desc&gt;: every value, its date and its source.</summary>
    public string Description
    {
        get
        {
            string values = string.Join("; ", Rows.Select(r => (r.Value.Series is { } series ? series + ", " : string.Empty) + r.Description));
            string beside = Compact ? "the list beside the chart" : "the table beside the chart";
            string order = Rows.Length == 1 ? "One value" : $"{Rows.Length} values, one bar each, in the order of {beside}; none is averaged or combined";
            string disputed = Figure.Disputed is null ? string.Empty : " The sources disagree: " + PlainNote(Figure.Disputed);
            return $"Bar chart of {Figure.Title.TrimEnd('.')}. {order}. {values}.{disputed}";
        }
    }

    public static string Format(double x) => ChartNumbers.Format(x);

    private double Scale(decimal value, double plot) => Max == 0 ? 0 : (double)(value / Max) * plot;

    private static BarShape Shape(FigureValue v) => v switch
    {
        { High: not null } => BarShape.Range,
        { Qualifier: Qualifier.AtLeast or Qualifier.MoreThan } => BarShape.LowerBound,
        { Qualifier: Qualifier.UpTo or Qualifier.Nearly } => BarShape.UpperBound,
        _ => BarShape.Value,
    };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string PlainNote(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>SVG text does not wrap, so long labels are broken at spaces into lines of at most <paramref name="wrapAt"/> characters.</summary>
    public static ImmutableArray<string> Wrap(string text, int wrapAt)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        string line = string.Empty;
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > wrapAt)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines.ToImmutable();
    }
}

/// <summary>Axis arithmetic: a round maximum and evenly spaced round ticks.</summary>
public static class ChartNumbers
{
    public static string Format(double x) => Math.Round(x, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A round tick step (1, 2 or 5 times a power of ten) that gives about four ticks up to <paramref name="max"/>.</summary>
    public static decimal Step(decimal max)
    {
        if (max <= 0)
        {
            return 1;
        }

        decimal rough = max / 4;
        decimal power = 1;
        while (power * 10 <= rough)
        {
            power *= 10;
        }

        while (power > rough && power > 0.001m)
        {
            power /= 10;
        }

        foreach (decimal m in new[] { 1m, 2m, 5m, 10m })
        {
            if (m * power >= rough)
            {
                return m * power;
            }
        }

        return 10 * power;
    }

    /// <summary>The axis maximum: the first whole number of steps at or above the largest value.</summary>
    public static decimal NiceMax(decimal max) => max <= 0 ? 1 : Math.Ceiling(max / Step(max)) * Step(max);

    /// <summary>Ticks from zero to the axis maximum, one step apart.</summary>
    public static IEnumerable<decimal> Ticks(decimal max)
    {
        decimal step = max <= 1 ? max : Step(max);
        for (decimal t = 0; t <= max; t += step)
        {
            yield return t;
        }
    }
}
