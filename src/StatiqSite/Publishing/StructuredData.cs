using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;

namespace StatiqSite.Publishing;

/// <summary>
/// schema.org JSON-LD for each kind of page, for PageMeta.JsonLd. Every builder returns a finished
/// string: serialised with an encoder that escapes '&lt;', '&gt;' and '&amp;' as \u003C..., so no
/// value (a title containing "&lt;/script&gt;", say) can close the script element it is written into.
/// </summary>
public static class StructuredData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    /// <summary>The site as a WebSite, with the years its events span as temporalCoverage.</summary>
    public static string ForSite(Site site)
    {
        var node = Thing("WebSite", site.Settings.Title, site.Settings.Description, Absolute(site, site.Urls.Home));
        node["inLanguage"] = site.Settings.Language;
        node["publisher"] = Publisher(site);
        if (TemporalCoverage(site) is { } coverage)
        {
            node["temporalCoverage"] = coverage;
        }

        return Serialize(node);
    }

    /// <summary>An ordinary page (about, methodology, an index page) as a WebPage of the site.</summary>
    public static string ForPage(Site site, string title, string description, string url)
    {
        var node = Thing("WebPage", title, description, Absolute(site, url));
        node["isPartOf"] = SiteRef(site);
        node["inLanguage"] = site.Settings.Language;
        return Serialize(node);
    }

    public static string ForEvent(Site site, Event e)
    {
        var node = Thing("Event", e.Title, Plain(e.Summary), Absolute(site, site.Urls.Event(e.Id)));
        node["startDate"] = EdtfFormatter.MachineReadable(e.Date);
        if (e.End is { } end)
        {
            node["endDate"] = EdtfFormatter.MachineReadable(end);
        }

        if (e.Location is { } place && site.ActorById.TryGetValue(place.Id, out var location))
        {
            node["location"] = ActorRef(site, location);
        }

        var about = e.Actors
            .Where(p => site.ActorById.ContainsKey(p.ActorId))
            .Select(p => (JsonNode)ActorRef(site, site.ActorById[p.ActorId]));
        AddList(node, "about", about);
        node["isAccessibleForFree"] = true;
        return Serialize(node);
    }

    public static string ForActor(Site site, Actor actor)
    {
        var node = Thing(ActorType(actor.Kind), actor.Name, actor.Role, Absolute(site, site.Urls.Actor(actor.Id)));
        AddList(node, "alternateName", actor.Aliases.Select(a => (JsonNode)JsonValue.Create(a)));
        if (actor.Kind is ActorKind.Person or ActorKind.Organization or ActorKind.ArmedGroup or ActorKind.GovernmentBody)
        {
            var memberOf = actor.Affiliations
                .Where(r => site.ActorById.ContainsKey(r.Id))
                .Select(r => (JsonNode)ActorRef(site, site.ActorById[r.Id]));
            AddList(node, actor.Kind == ActorKind.Person ? "affiliation" : "parentOrganization", memberOf);
        }

        return Serialize(node);
    }

    /// <summary>A briefing as a NewsArticle: about the actors of its events, mentioning those its text links to.</summary>
    public static string ForBriefing(Site site, Briefing b, DateOnly? updated) =>
        Article(site, b, site.Urls.Briefing(b.Id), b.Date.Earliest, updated, b.Events.Select(r => r.Id));

    public static string ForExplainer(Site site, Explainer x, DateOnly? updated) =>
        Article(site, x, site.Urls.Explainer(x.Id), null, updated ?? x.Updated, x.Events.Select(r => r.Id));

    /// <summary>The years from the earliest event to the latest event or briefing, as an ISO 8601 interval.</summary>
    public static string? TemporalCoverage(Site site)
    {
        var days = site.Events.Select(e => e.Date.Earliest)
            .Concat(site.Events.Select(e => e.Latest))
            .Concat(site.Briefings.Select(b => b.Date.Latest))
            .Where(d => d != DateOnly.MinValue && d != DateOnly.MaxValue)
            .ToList();
        if (days.Count == 0)
        {
            return null;
        }

        int from = days.Min().Year;
        int to = days.Max().Year;
        return from == to
            ? from.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{from:D4}/{to:D4}");
    }

    private static string Article(Site site, IDocument doc, string url, DateOnly? published, DateOnly? updated, IEnumerable<string> eventIds)
    {
        var node = Thing("NewsArticle", doc.Title, doc.Summary, Absolute(site, url));
        node["headline"] = doc.Title.Length <= 110 ? doc.Title : doc.Title[..110];
        if (published is { } p)
        {
            node["datePublished"] = EdtfFormatter.Iso(p);
        }

        if (updated is { } u)
        {
            node["dateModified"] = EdtfFormatter.Iso(u);
        }

        node["inLanguage"] = site.Settings.Language;
        node["author"] = Publisher(site);
        node["publisher"] = Publisher(site);
        node["isPartOf"] = SiteRef(site);
        node["mainEntityOfPage"] = Absolute(site, url);

        var aboutIds = eventIds
            .Where(site.EventById.ContainsKey)
            .SelectMany(id => site.EventById[id].Actors.Select(a => a.ActorId))
            .Where(site.ActorById.ContainsKey)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var mentionIds = doc.Body.Mentions
            .Where(site.ActorById.ContainsKey)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        AddList(node, "about", aboutIds.Select(id => (JsonNode)ActorRef(site, site.ActorById[id])));
        AddList(node, "mentions", mentionIds.Select(id => (JsonNode)ActorRef(site, site.ActorById[id])));
        return Serialize(node);
    }

    private static string ActorType(ActorKind kind) => kind switch
    {
        ActorKind.Person => "Person",
        ActorKind.GovernmentBody => "GovernmentOrganization",
        ActorKind.Country => "Country",
        ActorKind.Place => "Place",
        _ => "Organization",
    };

    private static JsonObject ActorRef(Site site, Actor actor) => new()
    {
        ["@type"] = ActorType(actor.Kind),
        ["name"] = actor.Name,
        ["url"] = Absolute(site, site.Urls.Actor(actor.Id)),
    };

    private static JsonObject SiteRef(Site site) => new()
    {
        ["@type"] = "WebSite",
        ["name"] = site.Settings.Title,
        ["url"] = Absolute(site, site.Urls.Home),
    };

    private static JsonObject Publisher(Site site) => new()
    {
        ["@type"] = "Organization",
        ["name"] = site.Settings.Title,
        ["url"] = Absolute(site, site.Urls.Home),
    };

    private static JsonObject Thing(string type, string name, string description, string url) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = type,
        ["name"] = name,
        ["description"] = description,
        ["url"] = url,
    };

    private static void AddList(JsonObject node, string name, IEnumerable<JsonNode> items)
    {
        var array = new JsonArray([.. items]);
        if (array.Count > 0)
        {
            node[name] = array;
        }
    }

    private static string Absolute(Site site, string rootRelative) => new Uri(site.Settings.BaseUrl, rootRelative).AbsoluteUri;

    /// <summary>Rendered inline Markdown as plain text: tags dropped, entities decoded.</summary>
    public static string Plain(MarkdownText text)
    {
        string html = string.Concat(text.Segments.OfType<HtmlSegment>().Select(s => s.Html));
        if (html.Length == 0)
        {
            html = text.Text;
        }

        var builder = new System.Text.StringBuilder(html.Length);
        bool inTag = false;
        foreach (char c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                builder.Append(c);
            }
        }

        return System.Net.WebUtility.HtmlDecode(builder.ToString()).Trim();
    }

    private static string Serialize(JsonObject node) => node.ToJsonString(Options);
}
