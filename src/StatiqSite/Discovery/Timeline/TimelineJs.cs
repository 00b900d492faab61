using System.Text;
using System.Text.Json;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Discovery.Data;
using StatiqSite.Theme.Components;

namespace StatiqSite.Discovery.Timeline;

/// <summary>
/// timeline.json in Knight Lab's TimelineJS 3 format, so that another newsroom can embed our timeline:
/// one slide per event, eras as <c>eras</c>, the first theme as <c>group</c>. Dates keep the precision
/// the articles allow: a month-precise event gets a start date with a year and month only, and
/// <c>display_date</c> says in words what is known. TimelineJS reads headline and text as HTML, so
/// everything we write there is escaped and links are absolute.
/// </summary>
public static class TimelineJs
{
    public static byte[] Json(Site site) => DataJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("title");
        Text(w, site.Settings.Title, "<p>" + Escape(site.Settings.Description) + "</p>" + Link(site, site.Urls.Timeline, "The full timeline, with sources"));
        w.WriteString("unique_id", "title");
        w.WriteEndObject();
        w.WriteStartArray("events");
        foreach (var e in site.Events)
        {
            Slide(w, site, e);
        }

        w.WriteEndArray();
        w.WriteStartArray("eras");
        Eras(w, site);
        w.WriteEndArray();
        w.WriteString("scale", "human");
        w.WriteEndObject();
    });

    private static void Slide(Utf8JsonWriter w, Site site, Event e)
    {
        // TimelineJS draws a slide with an end date as a span. An uncertain date is one: its first and
        // last possible days, narrowed by the order the texts give. An open start has to be given some
        // start, so it is the first day the story covers, and display_date says what is known.
        w.WriteStartObject();
        var placement = site.Chronology.PlacementOf(Site.Node(e));
        string display = site.Dates.Display(e.Date);
        if (placement.Earliest is { } from)
        {
            Date(w, "start_date", from.Point, display);
        }
        else
        {
            Day(w, "start_date", site.Chronology.CoverageStart ?? e.Date.Anchor.Latest, display);
        }

        if (e.End is { } end)
        {
            Date(w, "end_date", end.End ?? end.Anchor, site.Dates.Display(end));
        }
        else if (placement.Latest is { } to && to.Point != placement.Earliest?.Point)
        {
            Date(w, "end_date", to.Point, display);
        }
        else if (placement.Latest is null && site.Chronology.CoverageEnd is { } last)
        {
            Day(w, "end_date", last, display);
        }

        string text = "<p>" + Escape(PlainText.Line(e.Summary)) + "</p>"
            + Sources(site, e.Sources)
            + Link(site, site.Urls.Event(e.Id), "Read more, with sources");
        Text(w, e.Title, text);
        if (e.Themes.FirstOrDefault() is { } theme && site.ThemeById.TryGetValue(theme.Id, out var t))
        {
            w.WriteString("group", t.Title);
        }

        w.WriteString("display_date", EventData.DisplayDate(site, e));
        w.WriteString("unique_id", e.Id);
        w.WriteBoolean("autolink", false);
        w.WriteEndObject();
    }

    /// <summary>
    /// TimelineJS draws every era in one band, so overlapping eras would hide each other: each era is
    /// drawn up to the start of the next, and an open era up to the last day the story covers; the
    /// headline keeps the era's own span in words.
    /// </summary>
    private static void Eras(Utf8JsonWriter w, Site site)
    {
        var eras = site.Eras;
        for (int i = 0; i < eras.Length; i++)
        {
            var era = eras[i];
            w.WriteStartObject();
            Date(w, "start_date", era.Start.Anchor, site.Dates.Display(era.Start));
            var next = i + 1 < eras.Length ? eras[i + 1].Start.Anchor : (EdtfPoint?)null;
            var own = era.End.IsInterval ? era.End.End : era.End.Start;
            if (next is { } n && (own is null || own.Value.Latest >= n.Earliest))
            {
                Date(w, "end_date", n, site.Dates.Display(n));
            }
            else if (own is { } end)
            {
                Date(w, "end_date", end, site.Dates.Display(end));
            }
            else
            {
                Day(w, "end_date", site.Chronology.CoverageEnd is { } last && last > era.From ? last : era.Start.Anchor.Latest, "ongoing");
            }

            string span = era.End.IsOpen ? $"{site.Dates.Display(era.Start)} onwards" : $"{site.Dates.Display(era.Start)} to {site.Dates.Display(era.End)}";
            w.WriteStartObject("text");
            w.WriteString("headline", Escape($"{era.Title} ({span})"));
            w.WriteEndObject();
            w.WriteEndObject();
        }
    }

    private static void Day(Utf8JsonWriter w, string name, DateOnly day, string display)
    {
        w.WriteStartObject(name);
        w.WriteNumber("year", day.Year);
        w.WriteNumber("month", day.Month);
        w.WriteNumber("day", day.Day);
        w.WriteString("display_date", display);
        w.WriteEndObject();
    }

    /// <summary>A TimelineJS date object with only the parts the date is known to: year always, month and day when known.</summary>
    private static void Date(Utf8JsonWriter w, string name, EdtfPoint point, string display)
    {
        w.WriteStartObject(name);
        w.WriteNumber("year", point.Year);
        switch (point.Precision)
        {
            case DatePrecision.Day:
                w.WriteNumber("month", point.Month!.Value);
                w.WriteNumber("day", point.Day!.Value);
                break;
            case DatePrecision.Month:
                w.WriteNumber("month", point.Month!.Value);
                break;
            case DatePrecision.Season:
                // Placed at the season's first month; display_date says it is the season.
                w.WriteNumber("month", point.Earliest.Month);
                break;
        }

        w.WriteString("display_date", display);
        w.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter w, string headline, string html)
    {
        w.WriteStartObject("text");
        w.WriteString("headline", Escape(headline));
        w.WriteString("text", html);
        w.WriteEndObject();
    }

    private static string Sources(Site site, IEnumerable<Citation> citations)
    {
        var names = citations
            .Select(c => site.SourceById.TryGetValue(c.SourceId, out var s) ? $"{s.Label} {c.Locator}" : null)
            .OfType<string>()
            .ToList();
        return names.Count == 0 ? string.Empty : "<p>Sources: " + Escape(string.Join("; ", names)) + "</p>";
    }

    private static string Link(Site site, string rootRelative, string label) =>
        $"<p><a href=\"{Escape(DataJson.Absolute(site, rootRelative))}\">{Escape(label)}</a></p>";

    /// <summary>Escapes text for TimelineJS, which inserts headline and text as HTML.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
