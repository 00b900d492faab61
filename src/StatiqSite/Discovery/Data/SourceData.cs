using System.Text.Json;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Discovery.Data;

/// <summary>sources.json and sources.csv: the articles that every locator in the other files points into.</summary>
public static class SourceData
{
    public static readonly string[] CsvColumns =
    [
        "id", "url", "title", "outlet", "author", "kind", "published", "published_display", "paragraphs", "notes", "label",
    ];

    public static byte[] Json(Site site) => DataJson.Dataset(site, "sources", site.Sources, Write);

    public static byte[] Csv(Site site)
    {
        var table = new CsvTable(CsvColumns);
        foreach (var s in site.Sources)
        {
            table.Row(
                s.Id,
                DataJson.Absolute(site, site.Urls.Source(s.Id)),
                s.Title,
                s.Outlet,
                s.Author,
                Kebab.Name(s.Kind),
                s.Published?.Text,
                s.Published is { } p ? site.Dates.Display(p) : "undated",
                s.Paragraphs.ToString(System.Globalization.CultureInfo.InvariantCulture),
                PlainText.Prose(s.Notes),
                s.Label);
        }

        return table.ToBytes();
    }

    private static void Write(Utf8JsonWriter w, Site site, Source s)
    {
        w.WriteStartObject();
        w.WriteString("id", s.Id);
        w.WriteString("url", DataJson.Absolute(site, site.Urls.Source(s.Id)));
        w.WriteString("label", s.Label);
        w.WriteString("title", s.Title);
        DataJson.StringOrNull(w, "outlet", s.Outlet);
        DataJson.StringOrNull(w, "author", s.Author);
        w.WriteString("kind", Kebab.Name(s.Kind));
        DataJson.Date(w, site.Dates, "published", s.Published);
        w.WriteNumber("paragraphs", s.Paragraphs);
        DataJson.StringOrNull(w, "notes", PlainText.Prose(s.Notes));
        w.WriteEndObject();
    }
}
