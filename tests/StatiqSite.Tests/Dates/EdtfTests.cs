using StatiqSite.Tests.Support;
using StatiqSite.Content.Dates;

namespace StatiqSite.Tests.Dates;

public class EdtfTests
{
    [Theory]
    [InlineData("2020-01-03", "3 January 2020", "2020-01-03")]
    [InlineData("2020-01", "January 2020", "2020-01")]
    [InlineData("2019", "2019", "2019")]
    [InlineData("2019-12~", "c. December 2019", "2019-12")]
    [InlineData("2020?", "2020 (uncertain)", "2020")]
    [InlineData("2020-01-04/2020-01-05", "4–5 January 2020", "2020-01-04")]
    [InlineData("2019-12-30/2020-01-02", "30 December 2019 – 2 January 2020", "2019-12-30")]
    [InlineData("2019-23", "autumn 2019", "2019")]
    [InlineData("201X", "the 2010s", "2010")]
    [InlineData("../2020-01", "January 2020 or earlier", "2020-01")]
    [InlineData("2021-04-14/..", "14 April 2021 or later", "2021-04-14")]
    public void Displays_at_the_precision_written(string text, string display, string machine)
    {
        var date = EdtfDate.Parse(text);
        Assert.Equal(display, English.Dates.Display(date));
        Assert.Equal(machine, EdtfFormatter.MachineReadable(date));

        // The cached texts pages draw are the same, however often they are asked for.
        Assert.Equal(display, English.Dates.Display(EdtfDate.Parse(text)));
        Assert.Equal(machine, date.MachineText);
        Assert.Same(English.Dates.Display(date), English.Dates.Display(date));
    }

    [Fact]
    public void Compares_by_its_text_whether_or_not_it_was_drawn()
    {
        var drawn = EdtfDate.Parse("2019-12~");
        _ = drawn.MachineText;
        var fresh = EdtfDate.Parse("2019-12~");

        Assert.Equal(fresh, drawn);
        Assert.Equal(fresh.GetHashCode(), drawn.GetHashCode());
        Assert.NotEqual(EdtfDate.Parse("2019-12"), drawn);
    }

    [Theory]
    [InlineData("2020-02-30", "29 days")]
    [InlineData("2021-02-29", "28 days")]
    [InlineData("2020-13", "month 13")]
    [InlineData("20-01-01", "not a date")]
    [InlineData("2020-01-05/2020-01-04", "before it starts")]
    [InlineData("../..", "at least one known end")]
    [InlineData("January 2020", "not a date")]
    [InlineData("", "empty")]
    public void Rejects_invalid_dates_with_a_reason(string text, string reason)
    {
        Assert.False(EdtfDate.TryParse(text, out _, out var error));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounds_cover_every_day_the_value_can_mean()
    {
        var month = EdtfDate.Parse("2020-02");
        Assert.Equal(new DateOnly(2020, 2, 1), month.Earliest);
        Assert.Equal(new DateOnly(2020, 2, 29), month.Latest);

        var winter = EdtfDate.Parse("2019-24");
        Assert.Equal(new DateOnly(2019, 12, 1), winter.Earliest);
        Assert.Equal(new DateOnly(2020, 2, 29), winter.Latest);

        var openStart = EdtfDate.Parse("../2020-01");
        Assert.Equal(DateOnly.MinValue, openStart.Earliest);
        Assert.Equal(new DateOnly(2020, 1, 1), openStart.SortKey);
    }
}
