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
        foreach (var era in site.Eras)
        {
            Era(w, site, era);
        }

        w.WriteEndArray();
        w.WriteString("scale", "human");
        w.WriteEndObject();
    });

    private static void Slide(Utf8JsonWriter w, Site site, Event e)
    {
        w.WriteStartObject();
        Date(w, "start_date", e.Date.Anchor, EdtfFormatter.Display(e.Date));
        if (e.End is { } end)
        {
            Date(w, "end_date", end.End ?? end.Anchor, EdtfFormatter.Display(end));
        }

        string text = "<p>" + Escape(PlainText.OneLine(PlainText.Of(e.Summary))) + "</p>"
            + Sources(site, e.Sources)
            + Link(site, site.Urls.Event(e.Id), "Read more, with sources");
        Text(w, e.Title, text);
        if (e.Themes.FirstOrDefault() is { } theme && site.ThemeById.TryGetValue(theme.Id, out var t))
        {
            w.WriteString("group", t.Title);
        }

        w.WriteString("display_date", EventData.DisplayDate(e));
        w.WriteString("unique_id", e.Id);
        w.WriteBoolean("autolink", false);
        w.WriteEndObject();
    }

    private static void Era(Utf8JsonWriter w, Site site, Era era)
    {
        w.WriteStartObject();
        Date(w, "start_date", era.Start.Anchor, EdtfFormatter.Display(era.Start));
        if (era.End.IsOpen || era.End.End is null && era.End.IsInterval)
        {
            // TimelineJS needs an end; an era that has not ended runs to its latest event.
            var last = site.Lookup(site.EventsByEra, era.Id).Select(e => e.Date.SortKey).DefaultIfEmpty(era.From).Max();
            w.WriteStartObject("end_date");
            w.WriteNumber("year", last.Year);
            w.WriteNumber("month", last.Month);
            w.WriteNumber("day", last.Day);
            w.WriteString("display_date", "ongoing");
            w.WriteEndObject();
        }
        else
        {
            Date(w, "end_date", era.End.End ?? era.End.Anchor, EdtfFormatter.Display(era.End));
        }

        w.WriteStartObject("text");
        w.WriteString("headline", Escape(era.Title));
        w.WriteEndObject();
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
