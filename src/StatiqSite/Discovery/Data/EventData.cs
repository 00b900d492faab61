using System.Text.Json;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;

namespace StatiqSite.Discovery.Data;

/// <summary>events.json and events.csv: every published event in the one order of the story.</summary>
public static class EventData
{
    public static readonly string[] CsvColumns =
    [
        "id", "url", "title", "date", "date_display", "date_earliest", "date_latest", "end", "end_display",
        "era", "themes", "actors", "location", "summary", "notes", "disputed", "sources",
        "possible_from", "possible_to", "after", "before",
    ];

    /// <summary>The date as the timeline shows it: the date, and its end when the event has one.</summary>
    public static string DisplayDate(Site site, Event e) =>
        e.End is { } end ? $"{site.Dates.Display(e.Date)} to {site.Dates.Display(end)}" : site.Dates.Display(e.Date);

    public static byte[] Json(Site site) => DataJson.Dataset(site, "events", site.Events, Write);

    public static byte[] Csv(Site site)
    {
        var table = new CsvTable(CsvColumns);
        foreach (var e in site.Events)
        {
            table.Row(
                e.Id,
                DataJson.Absolute(site, site.Urls.Event(e.Id)),
                e.Title,
                e.Date.Text,
                DisplayDate(site, e),
                DataJson.Earliest(e.Date),
                DataJson.Latest(e.Date),
                e.End?.Text,
                e.End is { } end ? site.Dates.Display(end) : null,
                e.Era.Id,
                CsvTable.List(e.Themes.Select(t => t.Id)),
                CsvTable.List(e.Actors.Select(a => a.ActorId)),
                e.Location?.Id,
                PlainText.Line(e.Summary),
                PlainText.Prose(e.Notes),
                PlainText.Prose(e.Disputed),
                DataJson.CsvCitations(e.Sources),
                DataJson.PossibleFrom(site, Site.Node(e)),
                DataJson.PossibleTo(site, Site.Node(e)),
                CsvTable.List(DataJson.Neighbours(site, Site.Node(e), after: true)),
                CsvTable.List(DataJson.Neighbours(site, Site.Node(e), after: false)));
        }

        return table.ToBytes();
    }

    /// <summary>What every download starts with: which dataset, from which site, documented where.</summary>
    private static void Write(Utf8JsonWriter w, Site site, Event e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("url", DataJson.Absolute(site, site.Urls.Event(e.Id)));
        w.WriteString("title", e.Title);
        DataJson.Date(w, site.Dates, "date", e.Date);
        DataJson.Date(w, site.Dates, "end", e.End);
        w.WriteString("display_date", DisplayDate(site, e));
        w.WriteStartObject("era");
        w.WriteString("id", e.Era.Id);
        DataJson.StringOrNull(w, "title", site.EraById.TryGetValue(e.Era.Id, out var era) ? era.Title : null);
        w.WriteEndObject();
        w.WriteStartArray("themes");
        foreach (var t in e.Themes)
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            DataJson.StringOrNull(w, "title", site.ThemeById.TryGetValue(t.Id, out var theme) ? theme.Title : null);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("actors");
        foreach (var p in e.Actors)
        {
            w.WriteStartObject();
            w.WriteString("id", p.ActorId);
            DataJson.StringOrNull(w, "name", site.ActorById.TryGetValue(p.ActorId, out var actor) ? actor.Name : null);
            DataJson.StringOrNull(w, "role", p.Role);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (e.Location is { } location)
        {
            w.WriteStartObject("location");
            w.WriteString("id", location.Id);
            DataJson.StringOrNull(w, "name", site.ActorById.TryGetValue(location.Id, out var place) ? place.Name : null);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("location");
        }

        w.WriteString("summary", PlainText.Line(e.Summary));
        w.WriteString("summary_markdown", e.Summary.Text);
        DataJson.StringOrNull(w, "notes", PlainText.Prose(e.Notes));
        DataJson.StringOrNull(w, "disputed", PlainText.Prose(e.Disputed));
        DataJson.Citations(w, site, e.Sources);
        DataJson.Placement(w, site, Site.Node(e));
        w.WriteEndObject();
    }
}
