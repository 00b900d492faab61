using System.Globalization;
using System.Text.Json;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Discovery;
using StatiqSite.Discovery.Data;
using StatiqSite.Loading.Yaml;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Discovery;

using SiteModel = StatiqSite.Content.Model.Site;

/// <summary>The downloads on /data/ parse, and they say exactly what the loaded records say.</summary>
public class DataDownloadTests(RealBuild real) : IClassFixture<RealBuild>
{
    private BuiltSite Built => real.Built;

    private SiteModel Site => Built.Site;

    private JsonElement Json(string file) => JsonDocument.Parse(Built.Text("data/" + file)).RootElement;

    [Fact]
    public void Events_json_round_trips_against_the_loaded_events()
    {
        var events = Json("events.json").GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(Site.Events.Select(e => e.Id), events.Select(e => e.GetProperty("id").GetString()));
        foreach (var (e, json) in Site.Events.Zip(events))
        {
            Assert.Equal(e.Title, json.GetProperty("title").GetString());
            AssertDate(e.Date, json.GetProperty("date"));
            AssertDate(e.End, json.GetProperty("end"));
            Assert.Equal(e.Era.Id, json.GetProperty("era").GetProperty("id").GetString());
            Assert.Equal(e.Themes.Select(t => t.Id), json.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("id").GetString()));
            Assert.Equal(
                e.Actors.Select(a => (a.ActorId, a.Role)),
                json.GetProperty("actors").EnumerateArray().Select(a => (a.GetProperty("id").GetString()!, a.GetProperty("role").GetString())));
            Assert.Equal(e.Location?.Id, json.GetProperty("location").ValueKind == JsonValueKind.Null ? null : json.GetProperty("location").GetProperty("id").GetString());
            Assert.Equal(e.Summary.Text, json.GetProperty("summary_markdown").GetString());
            Assert.Equal(PlainText.Prose(e.Notes), NullableString(json.GetProperty("notes")));
            Assert.Equal(PlainText.Prose(e.Disputed), NullableString(json.GetProperty("disputed")));
            AssertCitations(e.Sources, json.GetProperty("sources"));
            Assert.Equal(Built.Site.Settings.BaseUrl + $"events/{e.Id}/", json.GetProperty("url").GetString());
        }
    }

    [Fact]
    public void Events_csv_round_trips_against_the_loaded_events()
    {
        var rows = Csv.Records(Built.Text("data/events.csv"), out var header);
        Assert.Equal(EventData.CsvColumns, header);
        Assert.Equal(Site.Events.Length, rows.Count);
        foreach (var (e, row) in Site.Events.Zip(rows))
        {
            Assert.Equal(e.Id, row["id"]);
            Assert.Equal(e.Title, row["title"]);
            Assert.Equal(e.Date.Text, row["date"]);
            Assert.Equal(e.End?.Text ?? string.Empty, row["end"]);
            Assert.Equal(e.Era.Id, row["era"]);
            Assert.Equal(e.Themes.Select(t => t.Id), Csv.List(row["themes"]));
            Assert.Equal(e.Actors.Select(a => a.ActorId), Csv.List(row["actors"]));
            Assert.Equal(e.Location?.Id ?? string.Empty, row["location"]);
            Assert.Equal(e.Sources.Select(c => $"{c.SourceId} ¶{c.Paragraph}"), Csv.List(row["sources"]));
            Assert.Equal(PlainText.Prose(e.Notes) ?? string.Empty, row["notes"]);
            Assert.Equal(e.Date.StartKind == EndpointKind.Open ? string.Empty : EdtfFormatter.Iso(e.Date.Earliest), row["date_earliest"]);
            Assert.DoesNotContain("¶", row["summary"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Actors_json_and_csv_round_trip_with_aliases_and_role_dates()
    {
        var actors = Json("actors.json").GetProperty("actors").EnumerateArray().ToList();
        var rows = Csv.Records(Built.Text("data/actors.csv"), out var header);
        Assert.Equal(ActorData.CsvColumns, header);
        Assert.Equal(Site.Actors.Select(a => a.Id), actors.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(Site.Actors.Select(a => a.Id), rows.Select(r => r["id"]));
        foreach (var ((a, json), row) in Site.Actors.Zip(actors).Zip(rows))
        {
            Assert.Equal(a.Name, json.GetProperty("name").GetString());
            Assert.Equal(Kebab.Name(a.Kind), json.GetProperty("kind").GetString());
            Assert.Equal(a.Aliases, json.GetProperty("aliases").EnumerateArray().Select(x => x.GetString()!));
            Assert.Equal(a.Aliases, Csv.List(row["aliases"]));
            Assert.Equal(a.Role, json.GetProperty("role").GetString());
            AssertDate(a.RoleAsOf, json.GetProperty("role_as_of"));
            Assert.Equal(a.RoleAsOf?.Text ?? string.Empty, row["role_as_of"]);
            Assert.Equal(a.Affiliations.Select(r => r.Id), Csv.List(row["affiliations"]));
            Assert.Equal(Site.EventsByActor.Of(a.Id).Select(e => e.Id), json.GetProperty("events").EnumerateArray().Select(x => x.GetString()!));
            AssertCitations(a.Sources, json.GetProperty("sources"));
        }
    }

    [Fact]
    public void Figures_keep_every_value_with_its_own_date_and_source()
    {
        var figures = Json("figures.json").GetProperty("figures").EnumerateArray().ToList();
        Assert.Equal(Site.Figures.Select(f => f.Id), figures.Select(f => f.GetProperty("id").GetString()));
        var rows = Csv.Records(Built.Text("data/figures.csv"), out var header);
        Assert.Equal(FigureData.CsvColumns, header);
        Assert.Equal(Site.Figures.Sum(f => f.Values.Length), rows.Count);

        var expected = Site.Figures.SelectMany(f => f.Values.Select(v => (f, v))).ToList();
        foreach (var ((f, v), row) in expected.Zip(rows))
        {
            Assert.Equal(f.Id, row["figure"]);
            Assert.Equal(v.Value, decimal.Parse(row["value"], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));
            Assert.Equal(v.High?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, row["high"]);
            Assert.Equal(Kebab.Name(v.Qualifier), row["qualifier"]);
            Assert.Equal(v.Series ?? string.Empty, row["series"]);
            Assert.Equal(v.Date.Text, row["date"]);
            Assert.Equal(v.Citation.SourceId, row["source"]);
            Assert.Equal(v.Citation.Locator, row["locator"]);
        }

        foreach (var (f, json) in Site.Figures.Zip(figures))
        {
            var values = json.GetProperty("values").EnumerateArray().ToList();
            Assert.Equal(f.Values.Select(v => v.Value), values.Select(v => v.GetProperty("value").GetDecimal()));
            Assert.Equal(f.Values.Select(v => v.Citation.Paragraph), values.Select(v => v.GetProperty("citation").GetProperty("paragraph").GetInt32()));
        }
    }

    [Fact]
    public void Sources_json_lists_the_articles_every_locator_points_into()
    {
        var sources = Json("sources.json").GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(Site.Sources.Select(s => (s.Id, s.Paragraphs)), sources.Select(s => (s.GetProperty("id").GetString()!, s.GetProperty("paragraphs").GetInt32())));
        var rows = Csv.Records(Built.Text("data/sources.csv"), out var header);
        Assert.Equal(SourceData.CsvColumns, header);
        Assert.Equal(Site.Sources.Select(s => s.Published?.Text ?? string.Empty), rows.Select(r => r["published"]));
    }

    [Fact]
    public void Csv_files_are_rfc_4180_utf8_without_a_byte_order_mark()
    {
        foreach (string file in new[] { "events.csv", "actors.csv", "figures.csv", "sources.csv" })
        {
            var bytes = Built.Files["data/" + file].Bytes.ToArray();
            Assert.False(bytes.AsSpan().StartsWith("\uFEFF"u8), file + " starts with a BOM");
            string text = new System.Text.UTF8Encoding(false, true).GetString(bytes);
            Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
            Assert.NotEmpty(Csv.Parse(text));
        }

        // A real note spans several lines and commas: it must come back intact from its quoted field.
        var rows = Csv.Records(Built.Text("data/events.csv"), out _);
        Assert.Contains(rows, r => r["notes"].Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void The_data_page_documents_every_field_and_lists_the_dataset()
    {
        var page = Built.Html("data/index.html");
        string text = page.QuerySelector("main")!.TextContent;
        var documented = new[]
        {
            ("events.json", "events"), ("actors.json", "actors"), ("figures.json", "figures"), ("sources.json", "sources"),
        };
        foreach (var (file, key) in documented)
        {
            var first = Json(file).GetProperty(key).EnumerateArray().First();
            foreach (var property in first.EnumerateObject())
            {
                Assert.Contains(property.Name, text, StringComparison.Ordinal);
            }
        }

        foreach (string column in EventData.CsvColumns.Concat(ActorData.CsvColumns).Concat(FigureData.CsvColumns).Concat(SourceData.CsvColumns))
        {
            Assert.Contains(column, text, StringComparison.Ordinal);
        }

        var links = page.QuerySelectorAll("table.downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(9, links.Count);
        Assert.All(links, href => Assert.True(Built.Files.ContainsKey(href!.TrimStart('/')), href));

        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("Dataset", jsonLd.GetProperty("@type").GetString());
        var distribution = jsonLd.GetProperty("distribution").EnumerateArray().ToList();
        Assert.Equal(links.Count, distribution.Count);
        Assert.All(distribution, d => Assert.StartsWith("https://", d.GetProperty("contentUrl").GetString(), StringComparison.Ordinal));
        Assert.Equal(Site.Sources.Length, jsonLd.GetProperty("isBasedOn").GetArrayLength());
    }

    private static string? NullableString(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetString();

    private static void AssertDate(EdtfDate? date, JsonElement json)
    {
        if (date is null)
        {
            Assert.Equal(JsonValueKind.Null, json.ValueKind);
            return;
        }

        Assert.Equal(date.Text, json.GetProperty("edtf").GetString());
        Assert.Equal(English.Dates.Display(date), json.GetProperty("display").GetString());
        Assert.Equal(date.Earliest == DateOnly.MinValue ? null : EdtfFormatter.Iso(date.Earliest), NullableString(json.GetProperty("earliest")));
        Assert.Equal(date.Latest == DateOnly.MaxValue ? null : EdtfFormatter.Iso(date.Latest), NullableString(json.GetProperty("latest")));
    }

    private static void AssertCitations(IEnumerable<Citation> citations, JsonElement json) =>
        Assert.Equal(
            citations.Select(c => (c.SourceId, c.Locator, c.Paragraph, c.Quote)),
            json.EnumerateArray().Select(j => (j.GetProperty("source").GetString()!, j.GetProperty("locator").GetString()!, j.GetProperty("paragraph").GetInt32(), NullableString(j.GetProperty("quote")))));
}
