using System.Buffers;
using System.Text;
using System.Text.Json;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Theme;

namespace StatiqSite.Discovery.Data;

/// <summary>
/// The data page's schema.org <c>Dataset</c>, with each download as a <c>DataDownload</c>. Written with the
/// default JSON encoder, which escapes &lt; &gt; &amp; and quotes, so the text is safe inside a script element.
/// </summary>
public static class DatasetJsonLd
{
    public static string Build(Site site, PageMeta meta, IEnumerable<DataDownload> downloads)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "Dataset");
            w.WriteString("name", $"{site.Settings.Title}: events, actors, figures and sources");
            w.WriteString("description", $"{meta.Description} {site.Settings.Description}");
            w.WriteString("url", DataJson.Absolute(site, meta.Url));
            w.WriteString("inLanguage", site.Settings.Language);
            w.WriteBoolean("isAccessibleForFree", true);
            if (Coverage(site) is { } coverage)
            {
                w.WriteString("temporalCoverage", coverage);
            }

            w.WriteStartObject("creator");
            w.WriteString("@type", "Organization");
            w.WriteString("name", site.Settings.Title);
            w.WriteString("url", site.Settings.BaseUrl.AbsoluteUri);
            w.WriteEndObject();
            w.WriteStartArray("isBasedOn");
            foreach (var source in site.Sources)
            {
                w.WriteStartObject();
                w.WriteString("@type", "CreativeWork");
                w.WriteString("name", source.Title);
                w.WriteString("url", DataJson.Absolute(site, site.Urls.Source(source.Id)));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("distribution");
            foreach (var d in downloads)
            {
                w.WriteStartObject();
                w.WriteString("@type", "DataDownload");
                w.WriteString("name", d.FileName);
                w.WriteString("encodingFormat", d.Format);
                w.WriteString("contentUrl", DataJson.Absolute(site, d.Url));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>From the first day the story's records can mean to the last bounded one, as an ISO 8601 interval.</summary>
    private static string? Coverage(Site site) =>
        site.Chronology is { CoverageStart: { } first, CoverageEnd: { } last } ? $"{EdtfFormatter.Iso(first)}/{EdtfFormatter.Iso(last)}" : null;
}
