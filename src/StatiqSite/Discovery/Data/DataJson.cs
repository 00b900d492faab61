using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Language;
using StatiqSite.Content.Model;
using StatiqSite.Theme.Components;

namespace StatiqSite.Discovery.Data;

/// <summary>
/// Writes the downloadable JSON: indented with LF on every platform, UTF-8 as is (no \u escapes for ¶ or
/// accents), and the shapes shared by every file (dates, citations) in one place.
/// </summary>
public static class DataJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs <paramref name="write"/> on a fresh writer and returns the bytes, ending with a newline.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return [.. buffer.WrittenSpan, (byte)'\n'];
    }

    /// <summary>
    /// One download: the envelope every file shares (which dataset, which site, where it is documented)
    /// around the array of records, each written by <paramref name="write"/>.
    /// </summary>
    public static byte[] Dataset<T>(Site site, string name, IEnumerable<T> records, Action<Utf8JsonWriter, Site, T> write) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("dataset", name);
        w.WriteString("site", site.Settings.Title);
        w.WriteString("site_url", site.Settings.BaseUrl.AbsoluteUri);
        w.WriteString("documentation", Absolute(site, site.Urls.Data));
        w.WriteStartArray(name);
        foreach (var record in records)
        {
            write(w, site, record);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>A date as written (EDTF), as shown, and the first and last days it can mean (null when open).</summary>
    public static void Date(Utf8JsonWriter w, DateFormatter dates, string name, EdtfDate? date)
    {
        if (date is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("edtf", date.Text);
        w.WriteString("display", dates.Display(date));
        StringOrNull(w, "earliest", Earliest(date));
        StringOrNull(w, "latest", Latest(date));
        w.WriteEndObject();
    }

    public static string? Earliest(EdtfDate date) => date.Earliest == DateOnly.MinValue ? null : EdtfFormatter.Iso(date.Earliest);

    public static string? Latest(EdtfDate date) => date.Latest == DateOnly.MaxValue ? null : EdtfFormatter.Iso(date.Latest);

    /// <summary>The first day the record can fall on once the order the texts give is applied (ISO), or null.</summary>
    public static string? PossibleFrom(Site site, NodeRef node) =>
        site.Chronology.PlacementOf(node).Earliest is { } from ? EdtfFormatter.Iso(from.Day) : null;

    /// <summary>The last day the record can fall on once the order the texts give is applied (ISO), or null.</summary>
    public static string? PossibleTo(Site site, NodeRef node) =>
        site.Chronology.PlacementOf(node).Latest is { } to ? EdtfFormatter.Iso(to.Day) : null;

    /// <summary>The records the texts put before (<paramref name="after"/>) or after this one, as "kind:id".</summary>
    public static IEnumerable<string> Neighbours(Site site, NodeRef node, bool after) =>
        site.Chronology.LinksOf(node)
            .Where(p => (after ? p.Later : p.Earlier) == node)
            .Select(p => after ? p.Earlier : p.Later)
            .Select(n => n.Kind.ToString().ToLowerInvariant() + ":" + n.Id);

    /// <summary>
    /// possible_from and possible_to (the days the declared date allows, narrowed by the links), and after
    /// and before: each record the texts order this one against, with the paragraph that does.
    /// </summary>
    public static void Placement(Utf8JsonWriter w, Site site, NodeRef node)
    {
        StringOrNull(w, "possible_from", PossibleFrom(site, node));
        StringOrNull(w, "possible_to", PossibleTo(site, node));
        var pairs = site.Chronology.LinksOf(node);
        foreach (bool after in (bool[])[true, false])
        {
            w.WriteStartArray(after ? "after" : "before");
            foreach (var pair in pairs.Where(p => (after ? p.Later : p.Earlier) == node))
            {
                var other = after ? pair.Earlier : pair.Later;
                w.WriteStartObject();
                w.WriteString("kind", other.Kind.ToString().ToLowerInvariant());
                w.WriteString("id", other.Id);
                w.WritePropertyName("because");
                Citation(w, site, pair.Link.Support);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }
    }

    public static void Citations(Utf8JsonWriter w, Site site, IEnumerable<Citation> citations)
    {
        w.WriteStartArray("sources");
        foreach (var c in citations)
        {
            Citation(w, site, c);
        }

        w.WriteEndArray();
    }

    /// <summary>One citation: the source's id and name, the paragraph locator, the quote if any, and the source page.</summary>
    public static void Citation(Utf8JsonWriter w, Site site, Citation c)
    {
        w.WriteStartObject();
        CitationFields(w, site, c);
        w.WriteEndObject();
    }

    public static void CitationFields(Utf8JsonWriter w, Site site, Citation c)
    {
        w.WriteString("source", c.SourceId);
        StringOrNull(w, "source_name", site.SourceById.TryGetValue(c.SourceId, out var s) ? s.Label : null);
        w.WriteString("locator", c.Locator);
        w.WriteNumber("paragraph", c.Paragraph);
        StringOrNull(w, "quote", c.Quote);
        w.WriteString("source_url", Absolute(site, site.Urls.Source(c.SourceId)));
    }

    public static void StringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    public static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (string v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    /// <summary>Downloads are used away from the site, so their links are absolute.</summary>
    public static string Absolute(Site site, string rootRelative) => new Uri(site.Settings.BaseUrl, rootRelative).AbsoluteUri;

    /// <summary>"hoffman-fox-opinion ¶2; upolitics-coalition-pause ¶1": citations in one CSV field.</summary>
    public static string CsvCitations(IEnumerable<Citation> citations) =>
        CsvTable.List(citations.Select(c => c.SourceId + " " + c.Locator));

    public static string Number(decimal n) => n.ToString(CultureInfo.InvariantCulture);
}
