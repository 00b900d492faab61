using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StatiqSite.Theme.Components;

/// <summary>
/// The breadcrumb trail as schema.org BreadcrumbList JSON-LD, so that search engines read the same trail
/// the reader sees. The encoder escapes '&lt;', '&gt;' and '&amp;', so no title can end the script element.
/// </summary>
public static class BreadcrumbJsonLd
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <summary>Home, the trail, then the page itself: every item with its position, name and absolute URL.</summary>
    public static string For(PageContext page, IReadOnlyList<(string Label, string Url)> trail)
    {
        var output = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(output, Options))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "BreadcrumbList");
            w.WriteStartArray("itemListElement");
            int position = 0;
            Item(w, ++position, page.Strings.Common.Home, page.AbsoluteUrl(page.Urls.Home));
            foreach (var (label, url) in trail)
            {
                Item(w, ++position, label, page.AbsoluteUrl(url));
            }

            Item(w, ++position, page.Meta.Title, page.AbsoluteUrl(page.Meta.Url));
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static void Item(Utf8JsonWriter w, int position, string name, string url)
    {
        w.WriteStartObject();
        w.WriteString("@type", "ListItem");
        w.WriteNumber("position", position);
        w.WriteString("name", name);
        w.WriteString("item", url);
        w.WriteEndObject();
    }
}
