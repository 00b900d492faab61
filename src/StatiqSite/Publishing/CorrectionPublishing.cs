using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatiqSite.Content.Model;
using StatiqSite.Discovery;
using StatiqSite.Theme.Components;

namespace StatiqSite.Publishing;

/// <summary>
/// Corrections where machines read them: the corrected page's JSON-LD (schema.org <c>correction</c>,
/// as <c>CorrectionComment</c>s) and the Atom feed (one entry per correction, linking to it on /corrections/).
/// </summary>
public static class CorrectionPublishing
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default, WriteIndented = false };

    /// <summary>Types whose schema.org definition has <c>correction</c> (CreativeWork and its kinds the site uses).</summary>
    private static readonly HashSet<string> CreativeWorks = new(StringComparer.Ordinal)
    {
        "WebPage", "WebSite", "NewsArticle", "Article", "Dataset", "CollectionPage", "CreativeWork",
    };

    /// <summary>The corrections made to the page at this URL, in the order of corrections.yml.</summary>
    public static IReadOnlyList<Correction> For(Site site, string url) =>
        site.Corrections.IsEmpty ? [] : [.. site.Corrections.Where(c => site.Urls.For(c.Page) == url)];

    /// <summary>
    /// The page's JSON-LD with its corrections added. An event, a person or a place is not a creative
    /// work, so for them the page becomes a WebPage whose main entity is the record, and the page
    /// carries the corrections: it is the page that was corrected, not the event.
    /// </summary>
    public static string AddToJsonLd(Site site, string url, string jsonLd)
    {
        var corrections = For(site, url);
        if (corrections.Count == 0 || JsonNode.Parse(jsonLd) is not JsonObject node)
        {
            return jsonLd;
        }

        var list = new JsonArray([.. corrections.Select(c => (JsonNode)Comment(site, c))]);
        if (node["@type"]?.GetValue<string>() is { } type && CreativeWorks.Contains(type))
        {
            node["correction"] = list;
            return node.ToJsonString(Options);
        }

        node.Remove("@context");
        var page = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "WebPage",
            ["name"] = node["name"]?.DeepClone(),
            ["description"] = node["description"]?.DeepClone(),
            ["url"] = node["url"]?.DeepClone(),
            ["mainEntity"] = node,
            ["correction"] = list,
        };
        return page.ToJsonString(Options);
    }

    public static IEnumerable<FeedEntry> FeedEntries(Site site) =>
        site.Corrections.Select(c => new FeedEntry(
            "Correction: " + CorrectionText.TitleOf(site, c.Page),
            site.Urls.Corrections + "#" + CorrectionText.Anchor(site, c),
            c.Date,
            c.Date,
            PlainText.Line(c.What, keepLocators: true),
            "Correction"));

    private static JsonObject Comment(Site site, Correction c) => new()
    {
        ["@type"] = "CorrectionComment",
        ["datePublished"] = Content.Dates.EdtfFormatter.Iso(c.Date),
        ["text"] = PlainText.Line(c.What, keepLocators: true),
        ["url"] = new Uri(site.Settings.BaseUrl, site.Urls.Corrections + "#" + CorrectionText.Anchor(site, c)).AbsoluteUri,
    };
}
