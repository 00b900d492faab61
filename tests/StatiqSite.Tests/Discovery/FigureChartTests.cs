using System.Globalization;
using AngleSharp.Dom;
using StatiqSite.Content.Dates;
using StatiqSite.Theme.Charts;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Discovery;

/// <summary>Figures drawn as accessible inline SVG: titled, described, labelled, with the table beside them.</summary>
public class FigureChartTests
{
    private const string Troops = """
        title: Troops
        unit: troops
        disputed: The two reports differ.
        values:
          - value: 5000
            qualifier: about
            date: 2020-01
            source: article-one
            locator: ¶3
          - value: 3000
            date: 2020-01
            source: column
            locator: ¶2
          - value: 5000
            high: 6000
            date: 2020-02
            source: article-one
            locator: ¶4
          - value: 36
            qualifier: more-than
            series: attacks
            date: 2020-03
            source: article-one
            locator: ¶5
          - value: 0
            series: killed
            date: 2020-01-08
            source: column
            locator: ¶1
        """;

    private static async Task<BuiltSite> BuildAsync()
    {
        using var site = new FixtureSite();
        site.Write("figures/troops.yml", Troops);
        site.Write("figures/attacks.yml", """
            title: Attacks
            unit: attacks
            values:
              - value: 14
                qualifier: at-least
                date: 2020-01/2021-04-14
                source: column
                locator: ¶4
            """);
        site.Write("pages/numbers.md", """
            ---
            title: Numbers
            summary: The numbers.
            ---
            The troops, and the attacks:

            {{< figure troops >}}

            {{< figure attacks >}}
            """);
        return await BuiltSite.BuildAsync(site.Input);
    }

    [Fact]
    public async Task Every_chart_has_a_title_a_description_and_a_table_beside_it()
    {
        var built = await BuildAsync();
        var page = built.Html("numbers/index.html");
        var charts = page.QuerySelectorAll("svg.chart:not(.chart-alt)").ToList();
        Assert.Equal(2, charts.Count);
        Assert.Equal(2, page.QuerySelectorAll("svg.chart-alt").Length);
        foreach (var (svg, values) in charts.Zip([5, 1]))
        {
            AssertAccessible(svg);
            Assert.Equal(values, svg.QuerySelectorAll("g.chart-row").Length);
            var panel = svg.Closest(".figure-panel");
            Assert.NotNull(panel);
            var table = panel.QuerySelector("table");
            Assert.NotNull(table);
            Assert.Equal(values, table.QuerySelectorAll("tbody tr").Length);
        }

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Each_bar_is_labelled_with_its_value_date_and_source()
    {
        var built = await BuildAsync();
        var svg = built.Html("numbers/index.html").QuerySelector("svg.chart")!;
        var rows = svg.QuerySelectorAll("g.chart-row").ToList();
        Assert.Equal(5, rows.Count);
        var expected = new[]
        {
            ("about 5,000 troops", "January 2020", "Test Outlet report ¶3"),
            ("3,000 troops", "January 2020", "Writer’s opinion column ¶2"),
            ("5,000–6,000 troops", "February 2020", "Test Outlet report ¶4"),
            ("more than 36 troops", "March 2020", "Test Outlet report ¶5"),
            ("0 troops", "8 January 2020", "Writer’s opinion column ¶1"),
        };
        foreach (var (row, (value, date, source)) in rows.Zip(expected))
        {
            string text = string.Join(" | ", row.QuerySelectorAll("text").Select(t => t.TextContent));
            Assert.Contains(value, text, StringComparison.Ordinal);
            Assert.Contains(date, text, StringComparison.Ordinal);
            Assert.Contains(source, text, StringComparison.Ordinal);
            Assert.Contains(value, row.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        }

        string desc = svg.QuerySelector("desc")!.TextContent;
        Assert.All(expected, e => Assert.Contains(e.Item1, desc, StringComparison.Ordinal));
        Assert.Contains("The two reports differ.", desc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Disputed_values_stand_side_by_side_and_ranges_are_drawn_as_ranges()
    {
        var built = await BuildAsync();
        var svg = built.Html("numbers/index.html").QuerySelector("svg.chart")!;
        var rows = svg.QuerySelectorAll("g.chart-row").ToList();
        double Width(IElement row, string selector) => double.Parse(row.QuerySelector(selector)!.GetAttribute("width")!, CultureInfo.InvariantCulture);

        // The two January values keep their own bars, in proportion; nothing is averaged into one.
        double about5000 = Width(rows[0], "rect.chart-bar");
        double flat3000 = Width(rows[1], "rect.chart-bar");
        Assert.Equal(5000.0 / 3000.0, about5000 / flat3000, 2);
        Assert.DoesNotContain(svg.QuerySelectorAll("rect.chart-bar"), r => Math.Abs(double.Parse(r.GetAttribute("width")!, CultureInfo.InvariantCulture) - ((about5000 + flat3000) / 2)) < 0.5);

        // The range: a bar to the low end and a band from there to the high end.
        Assert.Equal(about5000, Width(rows[2], "rect.chart-bar"), 2);
        Assert.Equal(about5000 / 5, Width(rows[2], "rect.chart-range"), 2);
        Assert.NotNull(rows[3].QuerySelector("path.chart-arrow"));
        Assert.NotNull(rows[4].QuerySelector("line.chart-zero"));
        Assert.Contains("range", built.Html("numbers/index.html").QuerySelector(".chart-legend")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_figure_shows_its_latest_value_as_of_its_date()
    {
        var built = await BuildAsync();
        var asOf = built.Html("numbers/index.html").QuerySelector(".figure-panel .figure-as-of")!;
        Assert.Contains("Latest: 36", asOf.TextContent.Replace("more than ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("2020-03", asOf.QuerySelector("time")?.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Charts_are_the_same_in_every_culture()
    {
        var invariant = (await BuildAsync()).Text("numbers/index.html");
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal(invariant, (await BuildAsync()).Text("numbers/index.html"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        Assert.DoesNotContain("NaN", invariant, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(36, 40, new[] { 0, 10, 20, 30, 40 })]
    [InlineData(224, 300, new[] { 0, 100, 200, 300 })]
    [InlineData(6000, 6000, new[] { 0, 2000, 4000, 6000 })]
    [InlineData(18000, 20000, new[] { 0, 5000, 10000, 15000, 20000 })]
    [InlineData(100, 100, new[] { 0, 50, 100 })]
    public void Axes_end_at_a_round_number_with_round_ticks(int max, int expectedMax, int[] ticks)
    {
        decimal axis = ChartNumbers.NiceMax(max);
        Assert.Equal(expectedMax, axis);
        Assert.Equal(ticks.Select(t => (decimal)t), ChartNumbers.Ticks(axis));
    }

    internal static void AssertAccessible(IElement svg)
    {
        Assert.Equal("img", svg.GetAttribute("role"));
        var title = svg.QuerySelector("title");
        var desc = svg.QuerySelector("desc");
        Assert.NotNull(title);
        Assert.NotNull(desc);
        Assert.Same(svg, title.ParentElement);
        Assert.Same(svg, desc.ParentElement);
        Assert.False(string.IsNullOrWhiteSpace(title.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(desc.TextContent));
        Assert.Equal($"{title.Id} {desc.Id}", svg.GetAttribute("aria-labelledby"));
        Assert.NotNull(svg.GetAttribute("viewBox"));
        Assert.Null(svg.GetAttribute("style"));
    }
}
