using System.Text.Json;
using StatiqSite.Content.Dates;
using StatiqSite.Discovery.Data;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Discovery;

/// <summary>
/// timeline.json against the TimelineJS 3 JSON format as Knight Lab documents it: which objects and
/// properties exist, which are required, and what values they take.
/// </summary>
public class TimelineJsTests(RealBuild real) : IClassFixture<RealBuild>
{
    // The documented properties of each object; anything else would be ignored or misread by TimelineJS.
    private static readonly HashSet<string> TimelineKeys = ["events", "title", "eras", "scale"];
    private static readonly HashSet<string> SlideKeys = ["start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"];
    private static readonly HashSet<string> EraKeys = ["start_date", "end_date", "text"];
    private static readonly HashSet<string> DateKeys = ["year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"];
    private static readonly HashSet<string> TextKeys = ["headline", "text"];

    private JsonElement Timeline => JsonDocument.Parse(real.Built.Text("data/timeline.json")).RootElement;

    [Fact]
    public void The_file_follows_the_documented_model()
    {
        var root = Timeline;
        AssertOnly(root, TimelineKeys, "timeline");
        Assert.Contains(root.GetProperty("scale").GetString(), new[] { "human", "cosmological" });

        var title = root.GetProperty("title");
        AssertOnly(title, SlideKeys, "title");
        AssertText(title.GetProperty("text"));

        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        foreach (var slide in events)
        {
            AssertOnly(slide, SlideKeys, "slide");
            var start = AssertDate(slide.GetProperty("start_date"));
            if (slide.TryGetProperty("end_date", out var endDate))
            {
                Assert.True(AssertDate(endDate) >= start, "a slide ends before it starts");
            }

            AssertText(slide.GetProperty("text"));
            Assert.Equal(JsonValueKind.String, slide.GetProperty("group").ValueKind);
            Assert.Equal(JsonValueKind.String, slide.GetProperty("display_date").ValueKind);
        }

        var ids = events.Select(s => s.GetProperty("unique_id").GetString()).Append(title.GetProperty("unique_id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());

        var eras = root.GetProperty("eras").EnumerateArray().ToList();
        Assert.Equal(real.Built.Site.Eras.Length, eras.Count);
        foreach (var era in eras)
        {
            AssertOnly(era, EraKeys, "era");
            var from = AssertDate(era.GetProperty("start_date"));
            Assert.True(AssertDate(era.GetProperty("end_date")) >= from, "an era ends before it starts");
            AssertText(era.GetProperty("text"));
        }
    }

    [Fact]
    public void Each_event_is_a_slide_with_its_id_its_precision_and_its_first_theme()
    {
        var site = real.Built.Site;
        var slides = Timeline.GetProperty("events").EnumerateArray().ToDictionary(s => s.GetProperty("unique_id").GetString()!);
        Assert.Equal(site.Events.Select(e => e.Id).Order(StringComparer.Ordinal), slides.Keys.Order(StringComparer.Ordinal));
        foreach (var e in site.Events)
        {
            var slide = slides[e.Id];
            var start = slide.GetProperty("start_date");
            var placement = site.Chronology.PlacementOf(Content.Model.Site.Node(e));
            if (placement.Earliest is { Point: var first })
            {
                Assert.Equal(first.Year, start.GetProperty("year").GetInt32());
                Assert.Equal(first.Precision is DatePrecision.Month or DatePrecision.Day or DatePrecision.Season, start.TryGetProperty("month", out _));
                Assert.Equal(first.Precision == DatePrecision.Day, start.TryGetProperty("day", out _));
            }
            else
            {
                // An open start begins where the story does; display_date says what is known.
                Assert.Equal(site.Chronology.CoverageStart!.Value.Year, start.GetProperty("year").GetInt32());
            }

            // An interval is drawn as one, from its first to its last possible day, never as one of its ends.
            bool span = e.End is not null || placement.Latest is null || placement.Latest.Point != placement.Earliest?.Point;
            Assert.Equal(span, slide.TryGetProperty("end_date", out _));
            Assert.Equal(EventData.DisplayDate(site, e), slide.GetProperty("display_date").GetString());
            Assert.Equal(site.ThemeById[e.Themes[0].Id].Title, slide.GetProperty("group").GetString());
            Assert.Contains(site.Settings.BaseUrl + $"events/{e.Id}/", slide.GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
        }

        // The real content has month-precise and open-ended dates; both must stay reduced, not padded to a day.
        Assert.Contains(site.Events, e => e.Date.Anchor.Precision == DatePrecision.Month);
        Assert.Contains(site.Events, e => e.Date.StartKind == EndpointKind.Open);
    }

    [Fact]
    public void Eras_follow_each_other_without_hiding_one_another_and_an_open_era_stays_open()
    {
        var site = real.Built.Site;
        var eras = Timeline.GetProperty("eras").EnumerateArray().ToList();
        Assert.Equal(site.Eras.Length, eras.Count);
        for (int i = 0; i + 1 < eras.Count; i++)
        {
            Assert.True(Day(eras[i].GetProperty("end_date")) <= Day(eras[i + 1].GetProperty("start_date")),
                $"era {i} ends after era {i + 1} starts, so TimelineJS would draw one over the other");
        }

        var open = site.Eras.Select((era, i) => (era, i)).Where(p => p.era.End.IsOpen).ToList();
        Assert.NotEmpty(open);
        foreach (var (era, i) in open)
        {
            Assert.Equal(site.Chronology.CoverageEnd, Day(eras[i].GetProperty("end_date")));
            Assert.Contains("onwards", eras[i].GetProperty("text").GetProperty("headline").GetString(), StringComparison.Ordinal);
        }

        static DateOnly Day(JsonElement d) => new(
            d.GetProperty("year").GetInt32(),
            d.TryGetProperty("month", out var m) ? m.GetInt32() : 1,
            d.TryGetProperty("day", out var day) ? day.GetInt32() : 1);
    }

    [Fact]
    public async Task Headline_and_text_are_escaped_because_timelinejs_reads_them_as_html()
    {
        using var fixture = new FixtureSite();
        fixture.Write("events/2003-invasion.yml", """
            title: The <b>invasion</b> & "after"
            date: "2003"
            era: early
            summary: The invasion began.
            sources:
              - source: column
                locator: ¶3
            """);
        var built = await BuiltSite.BuildAsync(fixture.Input);
        var slide = JsonDocument.Parse(built.Text("data/timeline.json")).RootElement.GetProperty("events").EnumerateArray()
            .Single(s => s.GetProperty("unique_id").GetString() == "invasion");
        Assert.Equal("The &lt;b&gt;invasion&lt;/b&gt; &amp; &quot;after&quot;", slide.GetProperty("text").GetProperty("headline").GetString());
        Assert.False(slide.TryGetProperty("group", out _), "an event without themes has no group");
    }

    private static void AssertOnly(JsonElement obj, HashSet<string> allowed, string what)
    {
        Assert.Equal(JsonValueKind.Object, obj.ValueKind);
        foreach (var p in obj.EnumerateObject())
        {
            Assert.True(allowed.Contains(p.Name), $"'{p.Name}' is not a documented property of a TimelineJS {what}");
        }
    }

    private static void AssertText(JsonElement text)
    {
        AssertOnly(text, TextKeys, "text object");
        Assert.All(text.EnumerateObject(), p => Assert.Equal(JsonValueKind.String, p.Value.ValueKind));
        Assert.False(string.IsNullOrWhiteSpace(text.GetProperty("headline").GetString()));
    }

    /// <summary>Checks a date object and returns the earliest day it can mean, for ordering checks.</summary>
    private static DateOnly AssertDate(JsonElement date)
    {
        AssertOnly(date, DateKeys, "date object");
        int year = date.GetProperty("year").GetInt32();
        int month = 1;
        int day = 1;
        if (date.TryGetProperty("month", out var m))
        {
            month = m.GetInt32();
            Assert.InRange(month, 1, 12);
        }

        if (date.TryGetProperty("day", out var d))
        {
            Assert.True(date.TryGetProperty("month", out _), "a day without a month");
            day = d.GetInt32();
            Assert.InRange(day, 1, DateTime.DaysInMonth(year, month));
        }

        return new DateOnly(year, month, day);
    }
}
