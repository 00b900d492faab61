using System.Text.Json;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Loading.Yaml;
using StatiqSite.Theme.Components;

namespace StatiqSite.Discovery.Data;

/// <summary>
/// figures.json (one object per figure, with its values) and figures.csv (one row per stated value).
/// Values are never combined: two articles' different numbers stay two rows.
/// </summary>
public static class FigureData
{
    public static readonly string[] CsvColumns =
    [
        "figure", "figure_title", "unit", "series", "qualifier", "value", "high", "value_text",
        "date", "date_display", "date_earliest", "date_latest", "source", "locator", "note", "url",
    ];

    public static byte[] Json(Site site) => DataJson.Dataset(site, "figures", site.Figures, Write);

    public static byte[] Csv(Site site)
    {
        var table = new CsvTable(CsvColumns);
        foreach (var f in site.Figures)
        {
            foreach (var v in f.Values)
            {
                table.Row(
                    f.Id,
                    f.Title,
                    f.Unit,
                    v.Series,
                    Kebab.Name(v.Qualifier),
                    DataJson.Number(v.Value),
                    v.High is { } high ? DataJson.Number(high) : null,
                    FigureText.Value(v, f.Unit),
                    v.Date.Text,
                    site.Dates.Display(v.Date),
                    DataJson.Earliest(v.Date),
                    DataJson.Latest(v.Date),
                    v.Citation.SourceId,
                    v.Citation.Locator,
                    PlainText.Prose(v.Note),
                    DataJson.Absolute(site, site.Urls.Figure(f.Id)));
            }
        }

        return table.ToBytes();
    }

    private static void Write(Utf8JsonWriter w, Site site, Figure f)
    {
        w.WriteStartObject();
        w.WriteString("id", f.Id);
        w.WriteString("url", DataJson.Absolute(site, site.Urls.Figure(f.Id)));
        w.WriteString("title", f.Title);
        w.WriteString("unit", f.Unit);
        w.WriteString("summary", PlainText.Line(f.Summary));
        DataJson.StringOrNull(w, "disputed", PlainText.Prose(f.Disputed));
        w.WriteStartArray("values");
        foreach (var v in f.Values)
        {
            w.WriteStartObject();
            w.WriteNumber("value", v.Value);
            if (v.High is { } high)
            {
                w.WriteNumber("high", high);
            }
            else
            {
                w.WriteNull("high");
            }

            w.WriteString("qualifier", Kebab.Name(v.Qualifier));
            DataJson.StringOrNull(w, "series", v.Series);
            w.WriteString("text", FigureText.Value(v, f.Unit));
            DataJson.Date(w, site.Dates, "date", v.Date);
            w.WriteStartObject("citation");
            DataJson.CitationFields(w, site, v.Citation);
            w.WriteEndObject();
            DataJson.StringOrNull(w, "note", PlainText.Prose(v.Note));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
