using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Loading.Readers;

/// <summary>
/// One reader per content kind. The field names read here are the schema that docs/content-guide.md
/// and the JSON Schemas in docs/schemas describe.
/// </summary>
public static partial class RecordReaders
{
    public static SiteSettings? Site(Fields f)
    {
        string? title = f.Text("title", required: true);
        string? description = f.Text("description", required: true);
        var baseUrl = f.AbsoluteUrl("base_url", required: true);
        var repository = f.AbsoluteUrl("repository");
        string language = Language(f);
        var contact = Contact(f);
        var menu = Navigation(f, "menu");
        var footer = Navigation(f, "footer");
        var keyPlayers = KeyPlayerGroups(f);
        var map = Map(f);
        if (title is null || description is null || baseUrl is null)
        {
            return null;
        }

        return new SiteSettings(title, description, baseUrl, repository, language, f.Origin)
        {
            Contact = contact,
            Menu = menu,
            Footer = footer,
            KeyPlayers = keyPlayers,
            Map = map,
            LanguageAt = f.Raw("language")?.At ?? TextPosition.Start,
        };
    }

    public static Source? Source(Fields f, string id)
    {
        string? label = f.Text("label", required: true);
        string? title = f.Text("title", required: true);
        string? outlet = f.Text("outlet");
        string? author = f.Text("author");
        var kind = f.Choice<SourceKind>("kind", required: true);
        var published = f.Date("published");
        int? paragraphs = f.Integer("paragraphs", required: true, min: 1, max: 100_000);
        var notes = OptionalMarkdown(f, "notes");
        var sequence = SequenceReader.Read(f);
        if (label is not null && label.Contains(',', StringComparison.Ordinal))
        {
            // Citations of several articles are listed with commas ("uPolitics report ¶1, Alrawi analysis ¶9").
            f.Error(Codes.InvalidValue, f.Raw("label")!.At, $"the label '{label}' contains a comma, which would read as two citations in a list; write it without one, such as 'Hoffman’s Fox News column'");
            label = null;
        }

        if (label is null || title is null || kind is null || paragraphs is null)
        {
            return null;
        }

        return new Source(id, label, title, outlet, author, kind.Value, published, paragraphs.Value, notes, f.Origin) { LabelAt = f.Raw("label")!.At, Sequence = sequence };
    }

    public static Actor? Actor(Fields f, string id)
    {
        string? name = f.Text("name", required: true);
        var kind = f.Choice<ActorKind>("kind", required: true);
        var aliases = f.TextList("aliases");
        string? role = f.Text("role", required: true);
        var roleAsOf = f.Date("role_as_of");
        var affiliations = f.RefList("affiliations");
        var summary = f.Markdown("summary", required: true);
        var sources = f.Records("sources", "citation", CitationReader.Read, required: true);
        var redirects = Redirects(f);
        var keyPlayer = f.RefOne("key_player");
        var coordinates = f.Record("coordinates", "location", ReadGeoPoint);
        if (name is null || kind is null || role is null)
        {
            return null;
        }

        return new Actor(id, name, kind.Value, aliases, role, roleAsOf, affiliations, summary, sources, redirects, f.Origin)
        {
            KeyPlayer = keyPlayer,
            Coordinates = coordinates,
        };
    }

    public static Event? Event(Fields f, string id)
    {
        string? title = f.Text("title", required: true);
        var date = f.Date("date", required: true);
        var end = f.Date("end");
        var era = f.RefOne("era", required: true);
        var themes = f.RefList("themes");
        var actors = ReadParticipants(f);
        var location = f.RefOne("location");
        var summary = f.Markdown("summary", required: true);
        var sources = f.Records("sources", "citation", CitationReader.Read);
        var notes = OptionalMarkdown(f, "notes");
        var disputed = OptionalMarkdown(f, "disputed");
        var redirects = Redirects(f);
        bool draft = f.Bool("draft");
        var sequence = SequenceReader.Read(f);
        if (sources.IsEmpty && f.Raw("sources") is null or YamlScalar { IsNull: true } or YamlList { Items.IsEmpty: true })
        {
            f.Error(Codes.NoSource, f.Raw("sources")?.At ?? f.At,
                "this event cites no source; add 'sources:' with at least one '- source: <id>' and 'locator: ¶N'");
        }

        if (date is not null && end is not null && end.Latest < date.Earliest)
        {
            f.Error(Codes.EndBeforeStart, f.Raw("end")!.At, $"the end ({end.Text}) is before the date ({date.Text}); swap them or correct one");
        }

        if (title is null || date is null || era is null)
        {
            return null;
        }

        return new Event(id, title, date, end, era, themes, actors, location, summary, sources, notes, disputed, redirects, draft, f.Origin) { Sequence = sequence };
    }

    public static Figure? Figure(Fields f, string id)
    {
        string? title = f.Text("title", required: true);
        string? unit = f.Text("unit", required: true);
        var summary = f.Markdown("summary");
        string? disputed = f.Text("disputed");
        var values = f.Records("values", "value", ReadFigureValue, required: true);
        if (title is null || unit is null)
        {
            return null;
        }

        return new Figure(id, title, unit, summary, disputed, values, f.Origin);
    }

    public static EventTheme? Theme(Fields f)
    {
        string? id = ReadId(f);
        string? title = f.Text("title", required: true);
        string summary = f.Text("summary") ?? string.Empty;
        return id is null || title is null ? null : new EventTheme(id, title, summary, f.Origin);
    }

    public static Era? Era(Fields f)
    {
        string? id = ReadId(f);
        string? title = f.Text("title", required: true);
        var start = f.Date("start", required: true);
        var end = f.Date("end", required: true, allowOpen: true);
        var summary = f.Markdown("summary", required: true);
        if (start is not null && end is not null && end.Latest < start.Earliest)
        {
            f.Error(Codes.EndBeforeStart, f.Raw("end")!.At, $"the era ends ({end.Text}) before it starts ({start.Text})");
        }

        if (id is null || title is null || start is null || end is null)
        {
            return null;
        }

        return new Era(id, title, start, end, summary, f.Origin);
    }

    /// <summary>Former ids become folders in the output too, so they follow the same rules, checked where they are written.</summary>
    private static ImmutableArray<string> Redirects(Fields f)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var old in f.RefList("redirect_from"))
        {
            if (Ids.Problem(old.Id) is { } problem)
            {
                f.Error(Codes.InvalidId, old.At, $"in redirect_from, {problem}");
            }
            else
            {
                builder.Add(old.Id);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The page's <c>lang</c> attribute: a BCP 47 tag, which screen readers use to pick a voice.</summary>
    private static string Language(Fields f)
    {
        string? language = f.Text("language");
        if (language is null)
        {
            return "en";
        }

        if (!LanguageTag().IsMatch(language))
        {
            f.Error(Codes.InvalidValue, f.Raw("language")!.At, $"'language' should be a language tag such as en or en-GB, not '{language}'");
            return "en";
        }

        return language;
    }

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    /// <summary>Where readers send corrections: an e-mail address (published as a mailto: link) or an http(s) URL.</summary>
    private static Uri? Contact(Fields f)
    {
        string? contact = f.Text("contact");
        if (contact is null)
        {
            return null;
        }

        if (EmailAddress().IsMatch(contact))
        {
            return new Uri("mailto:" + contact);
        }

        if (Uri.TryCreate(contact, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        f.Error(Codes.InvalidValue, f.Raw("contact")!.At,
            $"'contact' should be an e-mail address such as corrections@example.org or an http(s) URL such as the repository's issues page, but it is '{contact}'");
        return null;
    }

    [GeneratedRegex(@"^[^@\s:/]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")]
    private static partial Regex EmailAddress();

    /// <summary>Optional Markdown prose (notes): null when the field is absent or empty.</summary>
    private static MarkdownText? OptionalMarkdown(Fields f, string key)
    {
        var text = f.Markdown(key);
        return text.IsEmpty ? null : text;
    }

    private static string? ReadId(Fields f)
    {
        string? id = f.Text("id", required: true);
        if (id is not null && Ids.Problem(id) is { } problem)
        {
            f.Error(Codes.InvalidId, f.Raw("id")!.At, problem);
            return null;
        }

        return id;
    }

    /// <summary>A place's location: lat and lon in degrees, and the dataset they come from.</summary>
    private static GeoPoint? ReadGeoPoint(Fields f)
    {
        decimal? lat = f.Number("lat", required: true);
        decimal? lon = f.Number("lon", required: true);
        string? source = f.Text("source", required: true);
        if (lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            f.Error(Codes.InvalidValue, f.At, string.Create(CultureInfo.InvariantCulture,
                $"lat {lat} and lon {lon} are not a place on Earth; lat runs from -90 to 90 and lon from -180 to 180 (degrees, east and north positive)"));
            return null;
        }

        return lat is null || lon is null || source is null ? null : new GeoPoint(lat.Value, lon.Value, source);
    }

    private static FigureValue? ReadFigureValue(Fields f)
    {
        decimal? value = f.Number("value", required: true);
        decimal? high = f.Number("high");
        var qualifier = f.Choice<Qualifier>("qualifier", fallback: Qualifier.Exact);
        string? series = f.Text("series");
        var date = f.Date("date", required: true);
        var citation = CitationReader.Read(f);
        string? note = f.Text("note");
        if (value is not null && high is not null && high < value)
        {
            f.Error(Codes.InvalidValue, f.Raw("high")!.At,
                string.Create(CultureInfo.InvariantCulture, $"'high' ({high}) is below 'value' ({value}); a range is written low to high"));
        }

        if (value is null || date is null || citation is null)
        {
            return null;
        }

        return new FigureValue(value.Value, high, qualifier!.Value, series, date, citation, note);
    }

    private static ImmutableArray<Participant> ReadParticipants(Fields f)
    {
        var builder = ImmutableArray.CreateBuilder<Participant>();
        if (f.Raw("actors") is not YamlList list)
        {
            _ = f.RefList("actors");
            return builder.ToImmutable();
        }

        foreach (var item in list.Items)
        {
            switch (item)
            {
                case YamlScalar { IsNull: false } s:
                    builder.Add(new Participant(s.Value, null, s.At));
                    break;
                case YamlMap m:
                    var fields = new Fields(m, f.Origin, f.Diagnostics, "actor entry");
                    var id = fields.RefOne("id", required: true);
                    string? role = fields.Text("role");
                    fields.Finish();
                    if (id is not null)
                    {
                        builder.Add(new Participant(id.Id, role, id.At));
                    }

                    break;
                default:
                    f.Error(Codes.WrongType, item.At, "each actor should be an id, or 'id:' with an optional 'role:'");
                    break;
            }
        }

        return builder.ToImmutable();
    }
}
