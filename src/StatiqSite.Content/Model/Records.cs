using System.Collections.Immutable;
using StatiqSite.Content.Dates;

namespace StatiqSite.Content.Model;

public enum ActorKind
{
    Person,
    Organization,
    ArmedGroup,
    GovernmentBody,
    Country,
    Place,
}

/// <summary>
/// Where a place is, as reference data rather than a fact from the articles: latitude and longitude in
/// degrees and the dataset they were taken from.
/// </summary>
public sealed record GeoPoint(decimal Latitude, decimal Longitude, string Source);

public enum SourceKind
{
    Opinion,
    News,
    Analysis,
}

/// <summary>How a stated quantity is hedged in its article ("about", "at least", ...).</summary>
public enum Qualifier
{
    Exact,
    About,
    AtLeast,
    MoreThan,
    Nearly,
    UpTo,
}

/// <summary>The global settings from <c>input/site.yml</c>.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    Uri BaseUrl,
    Uri? Repository,
    string Language,
    Origin Origin)
{
    /// <summary>Where readers report errors: a mailto: or http(s) address, shown on the corrections and about pages.</summary>
    public Uri? Contact { get; init; }

    /// <summary>The main navigation (<c>menu:</c>); default when absent: the sections the site has (see the theme's navigation).</summary>
    public ImmutableArray<NavItem>? Menu { get; init; }

    /// <summary>The footer's links (<c>footer:</c>); default when absent: the pages and sections the site has.</summary>
    public ImmutableArray<NavItem>? Footer { get; init; }

    /// <summary>The groups key players are shown in on who's who, in display order (<c>key_players:</c>).</summary>
    public ImmutableArray<KeyPlayerGroup> KeyPlayers { get; init; } = [];

    /// <summary>The locator map; null when the site draws none.</summary>
    public MapSettings? Map { get; init; }

    /// <summary>Where <see cref="Language"/> is written in site.yml, for a language without rules; the file's start when it is left out.</summary>
    public TextPosition LanguageAt { get; init; } = TextPosition.Start;

    /// <summary>The path every URL starts with: "/" or, under a sub-path, e.g. "/briefing/".</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";
}

/// <summary>A citation of one article paragraph, optionally quoting a named person.</summary>
public sealed record Citation(string SourceId, int Paragraph, string? Quote, TextPosition At)
{
    public string Locator => "¶" + Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <param name="Label">The short name citations use ("Hoffman’s Fox News column"); unique across sources.</param>
/// <param name="Title">The long description, shown on the source's own page.</param>
public sealed record Source(
    string Id,
    string Label,
    string Title,
    string? Outlet,
    string? Author,
    SourceKind Kind,
    EdtfDate? Published,
    int Paragraphs,
    MarkdownText? Notes,
    Origin Origin)
{
    /// <summary>Where the label is written, for the error when two sources share one.</summary>
    public TextPosition LabelAt { get; init; }

    /// <summary>The <c>after:</c> and <c>before:</c> links that order this record against others (see <see cref="Chronology"/>).</summary>
    public ImmutableArray<SequenceLink> Sequence { get; init; } = [];
}

public sealed record Actor(
    string Id,
    string Name,
    ActorKind Kind,
    ImmutableArray<string> Aliases,
    string Role,
    EdtfDate? RoleAsOf,
    ImmutableArray<Ref> Affiliations,
    MarkdownText Summary,
    ImmutableArray<Citation> Sources,
    ImmutableArray<string> RedirectFrom,
    Origin Origin)
{
    /// <summary>Set for the few actors the story turns on: the id of their group in site.yml's <c>key_players:</c>; they head who's who.</summary>
    public Ref? KeyPlayer { get; init; }

    /// <summary>A place's location on the locator map; required for places (see ContentValidator).</summary>
    public GeoPoint? Coordinates { get; init; }
}

/// <summary>An actor taking part in an event, with its part in it.</summary>
public sealed record Participant(string ActorId, string? Role, TextPosition At);

public sealed record Event(
    string Id,
    string Title,
    EdtfDate Date,
    EdtfDate? End,
    Ref Era,
    ImmutableArray<Ref> Themes,
    ImmutableArray<Participant> Actors,
    Ref? Location,
    MarkdownText Summary,
    ImmutableArray<Citation> Sources,
    MarkdownText? Notes,
    MarkdownText? Disputed,
    ImmutableArray<string> RedirectFrom,
    bool Draft,
    Origin Origin)
{
    /// <summary>The last day the event can cover, counting its end when it has one.</summary>
    public DateOnly Latest => End?.Latest ?? Date.Latest;

    /// <summary>The <c>after:</c> and <c>before:</c> links that order this record against others (see <see cref="Chronology"/>).</summary>
    public ImmutableArray<SequenceLink> Sequence { get; init; } = [];
}

public sealed record Era(string Id, string Title, EdtfDate Start, EdtfDate End, MarkdownText Summary, Origin Origin)
{
    public DateOnly From => Start.Earliest;

    public DateOnly To => End.Latest;
}

public sealed record EventTheme(string Id, string Title, string Summary, Origin Origin);

public sealed record FigureValue(
    decimal Value,
    decimal? High,
    Qualifier Qualifier,
    string? Series,
    EdtfDate Date,
    Citation Citation,
    string? Note);

public sealed record Figure(
    string Id,
    string Title,
    string Unit,
    MarkdownText Summary,
    string? Disputed,
    ImmutableArray<FigureValue> Values,
    Origin Origin);

/// <summary>What briefings, explainers and pages share: MarkdownText with front matter.</summary>
public interface IDocument
{
    string Id { get; }

    string Title { get; }

    string Summary { get; }

    MarkdownText Body { get; }

    Origin Origin { get; }
}

public sealed record Briefing(
    string Id,
    string Title,
    EdtfDate Date,
    string Summary,
    ImmutableArray<Ref> Events,
    ImmutableArray<Citation> Sources,
    bool Draft,
    MarkdownText Body,
    Origin Origin) : IDocument
{
    /// <summary>The <c>after:</c> and <c>before:</c> links that order this record against others (see <see cref="Chronology"/>).</summary>
    public ImmutableArray<SequenceLink> Sequence { get; init; } = [];
}

public sealed record Explainer(
    string Id,
    string Title,
    string Summary,
    DateOnly? Updated,
    ImmutableArray<Ref> Events,
    ImmutableArray<Ref> Figures,
    ImmutableArray<Citation> Sources,
    bool Draft,
    MarkdownText Body,
    Origin Origin) : IDocument;

public sealed record Page(string Id, string Title, string Summary, MarkdownText Body, Origin Origin) : IDocument;
