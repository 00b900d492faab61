using System.Globalization;
using System.Text;
using System.Xml;
using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Theme;

namespace StatiqSite.Publishing;

/// <summary>One entry of the feed: a briefing, an event that was added or changed, or a correction.</summary>
public sealed record FeedEntry(string Title, string Url, DateOnly Updated, DateOnly? Published, string Summary, string Category);

/// <summary>
/// The Atom 1.0 feed (RFC 4287) of briefings, events and corrections. Every date comes from the content or its git
/// history, never from the clock, so the same commit always gives the same feed.
/// </summary>
public static class AtomFeed
{
    public const string FileName = "feed.xml";
    public const int MaxEntries = 100;
    private const string Namespace = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// The briefings and events, as their pages' metadata gives them (title, URL, description, the "Last updated"
    /// day the page shows, a briefing's publication day), and the corrections. A record without git history or a
    /// date of its own on the page dates from its first possible day.
    /// </summary>
    /// <param name="pages">Each built page's metadata by its URL.</param>
    public static IReadOnlyList<FeedEntry> Entries(Site site, IReadOnlyDictionary<string, PageMeta> pages)
    {
        var briefings = site.Briefings.Where(b => !b.Draft)
            .Select(b => pages.GetValueOrDefault(site.Urls.Briefing(b.Id)) is { } meta
                ? new FeedEntry(meta.Title, meta.Url, meta.LastUpdated ?? b.Date.Earliest, meta.Published, meta.Description, "Briefing")
                : null);
        var events = site.Events.Where(e => !e.Draft)
            .Select(e => pages.GetValueOrDefault(site.Urls.Event(e.Id)) is { } meta
                ? new FeedEntry(meta.Title, meta.Url, meta.LastUpdated ?? e.Date.Earliest, null, meta.Description, "Event")
                : null);
        return [.. briefings.Concat(events).OfType<FeedEntry>().Concat(CorrectionPublishing.FeedEntries(site))
            .OrderByDescending(e => e.Updated)
            .ThenBy(e => e.Url, StringComparer.Ordinal)
            .Take(MaxEntries)];
    }

    public static string Write(Site site, IReadOnlyList<FeedEntry> entries, DateOnly? fallbackUpdated)
    {
        string self = Absolute(site, site.Urls.BasePath + FileName);
        var builder = new StringBuilder();
        var settings = new XmlWriterSettings
        {
            Indent = true,
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        using (var stringWriter = new Utf8StringWriter(builder))
        using (var xml = XmlWriter.Create(stringWriter, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, site.Settings.Language);
            xml.WriteElementString("id", Namespace, self);
            xml.WriteElementString("title", Namespace, site.Settings.Title);
            xml.WriteElementString("subtitle", Namespace, site.Settings.Description);
            var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : fallbackUpdated ?? new DateOnly(2000, 1, 1);
            xml.WriteElementString("updated", Namespace, Timestamp(updated));
            Link(xml, "self", self, ContentTypes.MediaType(ContentTypes.Atom));
            Link(xml, "alternate", Absolute(site, site.Urls.Home), ContentTypes.MediaType(ContentTypes.Html));
            xml.WriteStartElement("author", Namespace);
            xml.WriteElementString("name", Namespace, site.Settings.Title);
            xml.WriteElementString("uri", Namespace, Absolute(site, site.Urls.Home));
            xml.WriteEndElement();
            xml.WriteElementString("generator", Namespace, "StatiqSite");

            foreach (var entry in entries)
            {
                string url = Absolute(site, entry.Url);
                xml.WriteStartElement("entry", Namespace);
                xml.WriteElementString("id", Namespace, url);
                xml.WriteElementString("title", Namespace, entry.Title);
                xml.WriteElementString("updated", Namespace, Timestamp(entry.Updated));
                if (entry.Published is { } published)
                {
                    xml.WriteElementString("published", Namespace, Timestamp(published));
                }

                Link(xml, "alternate", url, ContentTypes.MediaType(ContentTypes.Html));
                xml.WriteStartElement("category", Namespace);
                xml.WriteAttributeString("term", entry.Category);
                xml.WriteEndElement();
                xml.WriteStartElement("summary", Namespace);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(entry.Summary);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return builder.Append('\n').ToString();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static string Absolute(Site site, string rootRelative) => new Uri(site.Settings.BaseUrl, rootRelative).AbsoluteUri;

    /// <summary>A StringWriter that declares UTF-8, so the XML declaration says what the file is.</summary>
    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
