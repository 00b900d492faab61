using System.Globalization;
using StatiqSite.Tests.Support;
using StatiqSite.Theme.Charts;

namespace StatiqSite.Tests.Site;

/// <summary>Figures whose values change over time are drawn on a time axis; those of one moment stay bar charts.</summary>
[Collection(RealSiteCollection.Name)]
public class TimeChartTests(RealSite site)
{
    [Fact]
    public void A_figure_over_time_draws_each_value_as_a_span_of_its_dates_with_its_article_and_keeps_the_table()
    {
        var overTime = site.Content.Figures.Where(TimeChartLayout.Applies).ToList();
        Assert.Contains(overTime, f => f.Id == "us-troops-in-iraq");
        foreach (var figure in overTime)
        {
            var page = site.Page($"/figures/{figure.Id}/");
            var charts = page.QuerySelectorAll("svg.chart").ToList();
            Assert.Equal(2, charts.Count);
            foreach (var svg in charts)
            {
                Assert.Equal("img", svg.GetAttribute("role"));
                Assert.StartsWith("Time chart of", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
                var marks = svg.QuerySelectorAll("g.chart-row").ToList();
                Assert.Equal(figure.Values.Length, marks.Count);
                Assert.Equal(figure.Values.Length, page.QuerySelectorAll(".figure-panel table tbody tr").Length);
                foreach (var (mark, i) in marks.Select((m, i) => (m, i)))
                {
                    // Never a point: every value covers some width, and an open date ("or later") ends in an arrow.
                    double width = double.Parse(mark.QuerySelector("rect")!.GetAttribute("width")!, CultureInfo.InvariantCulture);
                    Assert.True(width >= 6, $"{figure.Id}: a mark {width} wide");
                    var value = figure.Values.Single(v => mark.QuerySelector("title")!.TextContent.Contains(v.Citation.Locator, StringComparison.Ordinal)
                        && mark.QuerySelector("title")!.TextContent.StartsWith(StatiqSite.Theme.Components.FigureText.Value(v, figure.Unit) + ":", StringComparison.Ordinal)
                        && mark.QuerySelector("title")!.TextContent.Contains(English.Dates.Display(v.Date), StringComparison.Ordinal));
                    Assert.Equal(value.Date.Latest == DateOnly.MaxValue, mark.QuerySelector(".chart-arrow") is not null);
                    Assert.Contains(value.Citation.Locator, mark.QuerySelector("text")!.TextContent, StringComparison.Ordinal);
                }
            }
        }

        // A vote (two series of one moment) stays a bar chart.
        Assert.DoesNotContain(site.Content.Figures, f => f.Values.Any(v => v.Series is not null) && TimeChartLayout.Applies(f));
    }
}
