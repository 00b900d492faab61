using System.Text.Json;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Discovery.Data;

/// <summary>actors.json and actors.csv: the glossary, A to Z, with each actor's role and the date it was current.</summary>
public static class ActorData
{
    public static readonly string[] CsvColumns =
    [
        "id", "url", "name", "kind", "aliases", "role", "role_as_of", "role_as_of_display", "affiliations", "summary", "sources", "events",
    ];

    public static byte[] Json(Site site) => DataJson.Dataset(site, "actors", site.Actors, Write);

    public static byte[] Csv(Site site)
    {
        var table = new CsvTable(CsvColumns);
        foreach (var a in site.Actors)
        {
            table.Row(
                a.Id,
                DataJson.Absolute(site, site.Urls.Actor(a.Id)),
                a.Name,
                Kebab.Name(a.Kind),
                CsvTable.List(a.Aliases),
                a.Role,
                a.RoleAsOf?.Text,
                a.RoleAsOf is { } asOf ? site.Dates.Display(asOf) : null,
                CsvTable.List(a.Affiliations.Select(r => r.Id)),
                PlainText.Line(a.Summary),
                DataJson.CsvCitations(a.Sources),
                CsvTable.List(site.EventsByActor.Of(a.Id).Select(e => e.Id)));
        }

        return table.ToBytes();
    }

    private static void Write(Utf8JsonWriter w, Site site, Actor a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("url", DataJson.Absolute(site, site.Urls.Actor(a.Id)));
        w.WriteString("name", a.Name);
        w.WriteString("kind", Kebab.Name(a.Kind));
        DataJson.Strings(w, "aliases", a.Aliases);
        w.WriteString("role", a.Role);
        DataJson.Date(w, site.Dates, "role_as_of", a.RoleAsOf);
        w.WriteStartArray("affiliations");
        foreach (var r in a.Affiliations)
        {
            w.WriteStartObject();
            w.WriteString("id", r.Id);
            DataJson.StringOrNull(w, "name", site.ActorById.TryGetValue(r.Id, out var parent) ? parent.Name : null);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("summary", PlainText.Line(a.Summary));
        w.WriteString("summary_markdown", a.Summary.Text);
        DataJson.Citations(w, site, a.Sources);
        DataJson.Strings(w, "events", site.EventsByActor.Of(a.Id).Select(e => e.Id));
        w.WriteEndObject();
    }
}
