using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Discovery;

namespace StatiqSite.Publishing;

/// <summary>
/// schema.org JSON-LD for each kind of page, for PageMeta.JsonLd. Every builder returns a finished
/// string: serialised with an encoder that escapes '&lt;', '&gt;' and '&amp;' as \u003C..., so no
/// value (a title containing "&lt;/script&gt;", say) can close the script element it is written into.
/// </summary>
public static class StructuredData
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    // Written straight to a reusable UTF-8 buffer per thread: a build writes one of these per page.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    /// <summary>The site as a WebSite, with the years its events span as temporalCoverage.</summary>
    public static string ForSite(Site site) => Write(w =>
    {
        Thing(w, site, "WebSite", site.Settings.Title, site.Settings.Description, site.Urls.Home);
        w.WriteString("inLanguage", site.Settings.Language);
        Publisher(w, site, "publisher");
        if (TemporalCoverage(site) is { } coverage)
        {
            w.WriteString("temporalCoverage", coverage);
        }
    });

    /// <summary>An ordinary page (about, methodology, an index page) as a WebPage of the site.</summary>
    public static string ForPage(Site site, string title, string description, string url) => Write(w =>
    {
        Thing(w, site, "WebPage", title, description, url);
        SiteRef(w, site);
        w.WriteString("inLanguage", site.Settings.Language);
    });

    public static string ForEvent(Site site, Event e) => Write(w =>
    {
        Thing(w, site, "Event", e.Title, PlainText.Line(e.Summary, keepLocators: true), site.Urls.Event(e.Id));
        // An uncertain date is an interval: its first and last possible days, narrowed by the order the
        // texts give, never one end standing for the date. An open end is left out.
        var placement = site.Chronology.PlacementOf(Site.Node(e));
        if (placement.Earliest is { } from)
        {
            w.WriteString("startDate", EdtfFormatter.MachineReadable(from.Point));
        }

        if (e.End is { } end)
        {
            w.WriteString("endDate", EdtfFormatter.MachineReadable(end.End ?? end.Anchor));
        }
        else if (placement.Latest is { } to && to.Point != placement.Earliest?.Point)
        {
            w.WriteString("endDate", EdtfFormatter.MachineReadable(to.Point));
        }

        if (e.Location is { } place && site.ActorById.TryGetValue(place.Id, out var location))
        {
            w.WritePropertyName("location");
            ActorRef(w, site, location);
        }

        var about = new List<Actor>();
        foreach (var participant in e.Actors)
        {
            if (site.ActorById.TryGetValue(participant.ActorId, out var actor))
            {
                about.Add(actor);
            }
        }

        ActorList(w, site, "about", about);
        w.WriteBoolean("isAccessibleForFree", true);
    });

    public static string ForActor(Site site, Actor actor) => Write(w =>
    {
        Thing(w, site, ActorType(actor.Kind), actor.Name, actor.Role, site.Urls.Actor(actor.Id));
        if (!actor.Aliases.IsEmpty)
        {
            w.WriteStartArray("alternateName");
            foreach (string alias in actor.Aliases)
            {
                w.WriteStringValue(alias);
            }

            w.WriteEndArray();
        }

        if (actor.Kind is ActorKind.Person or ActorKind.Organization or ActorKind.ArmedGroup or ActorKind.GovernmentBody)
        {
            var memberOf = new List<Actor>();
            foreach (var affiliation in actor.Affiliations)
            {
                if (site.ActorById.TryGetValue(affiliation.Id, out var parent))
                {
                    memberOf.Add(parent);
                }
            }

            ActorList(w, site, actor.Kind == ActorKind.Person ? "affiliation" : "parentOrganization", memberOf);
        }
    });

    /// <summary>A briefing as a NewsArticle: about the actors of its events, mentioning those its text links to.</summary>
    public static string ForBriefing(Site site, Briefing b, DateOnly? updated) =>
        Article(site, b, site.Urls.Briefing(b.Id), b.Date.Earliest, updated, b.Events);

    public static string ForExplainer(Site site, Explainer x, DateOnly? updated) =>
        Article(site, x, site.Urls.Explainer(x.Id), null, updated ?? x.Updated, x.Events);

    /// <summary>The years the story covers (<see cref="Chronology.CoverageStart"/> to its end), as an ISO 8601 interval.</summary>
    public static string? TemporalCoverage(Site site)
    {
        if (site.Chronology is not { CoverageStart: { } first, CoverageEnd: { } last })
        {
            return null;
        }

        int from = first.Year;
        int to = last.Year;
        return from == to
            ? from.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{from:D4}/{to:D4}");
    }

    private static string Article(Site site, IDocument doc, string url, DateOnly? published, DateOnly? updated, ImmutableArray<Ref> events) => Write(w =>
    {
        Thing(w, site, "NewsArticle", doc.Title, doc.Summary, url);
        w.WriteString("headline", doc.Title.Length <= 110 ? doc.Title : doc.Title[..110]);
        if (published is { } p)
        {
            w.WriteString("datePublished", EdtfFormatter.Iso(p));
        }

        if (updated is { } u)
        {
            w.WriteString("dateModified", EdtfFormatter.Iso(u));
        }

        w.WriteString("inLanguage", site.Settings.Language);
        Publisher(w, site, "author");
        Publisher(w, site, "publisher");
        SiteRef(w, site);
        w.WriteString("mainEntityOfPage", Absolute(site, url));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var about = new List<Actor>();
        foreach (var reference in events)
        {
            if (!site.EventById.TryGetValue(reference.Id, out var e))
            {
                continue;
            }

            foreach (var participant in e.Actors)
            {
                if (site.ActorById.TryGetValue(participant.ActorId, out var actor) && seen.Add(actor.Id))
                {
                    about.Add(actor);
                }
            }
        }

        seen.Clear();
        var mentions = new List<Actor>();
        foreach (string id in doc.Body.Mentions)
        {
            if (site.ActorById.TryGetValue(id, out var actor) && seen.Add(id))
            {
                mentions.Add(actor);
            }
        }

        ActorList(w, site, "about", about);
        ActorList(w, site, "mentions", mentions);
    });

    private static string ActorType(ActorKind kind) => kind switch
    {
        ActorKind.Person => "Person",
        ActorKind.GovernmentBody => "GovernmentOrganization",
        ActorKind.Country => "Country",
        ActorKind.Place => "Place",
        _ => "Organization",
    };

    /// <summary>Writes one JSON object, the body of which <paramref name="body"/> writes.</summary>
    private static string Write(Action<Utf8JsonWriter> body)
    {
        var output = buffer ??= new ArrayBufferWriter<byte>(4096);
        output.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(output, Options))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static void ActorList(Utf8JsonWriter w, Site site, string name, List<Actor> actors)
    {
        if (actors.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var actor in actors)
        {
            ActorRef(w, site, actor);
        }

        w.WriteEndArray();
    }

    private static void ActorRef(Utf8JsonWriter w, Site site, Actor actor)
    {
        w.WriteStartObject();
        w.WriteString("@type", ActorType(actor.Kind));
        w.WriteString("name", actor.Name);
        w.WriteString("url", Absolute(site, site.Urls.Actor(actor.Id)));
        w.WriteEndObject();
    }

    private static void SiteRef(Utf8JsonWriter w, Site site)
    {
        w.WriteStartObject("isPartOf");
        w.WriteString("@type", "WebSite");
        w.WriteString("name", site.Settings.Title);
        w.WriteString("url", Absolute(site, site.Urls.Home));
        w.WriteEndObject();
    }

    private static void Publisher(Utf8JsonWriter w, Site site, string name)
    {
        w.WriteStartObject(name);
        w.WriteString("@type", "Organization");
        w.WriteString("name", site.Settings.Title);
        w.WriteString("url", Absolute(site, site.Urls.Home));
        w.WriteEndObject();
    }

    private static void Thing(Utf8JsonWriter w, Site site, string type, string name, string description, string url)
    {
        w.WriteString("@context", "https://schema.org");
        w.WriteString("@type", type);
        w.WriteString("name", name);
        w.WriteString("description", description);
        w.WriteString("url", Absolute(site, url));
    }

    private static string Absolute(Site site, string rootRelative) => AbsoluteUrls.Join(site.Settings.BaseUrl, rootRelative);
}
