using System.Globalization;
using StatiqSite.Content.Dates;
using StatiqSite.Loading.Readers;

namespace StatiqSite.Publishing;

public enum ScaffoldKind
{
    Event,
    Actor,
    Briefing,
    Explainer,
}

/// <summary>A file <c>new</c> would write: where, and what.</summary>
public sealed record ScaffoldFile(string RelativePath, string Id, string Text);

/// <summary>
/// The templates behind <c>new event|actor|briefing|explainer "Title"</c>: a correctly named file with
/// every field, each explained in a comment. What the author must supply is written as a
/// &lt;placeholder&gt;, which fails <c>check</c> until it is replaced (an unknown id, a bad date, raw HTML
/// in Markdown), so a half-filled file cannot be published by accident.
/// </summary>
public static class Scaffold
{
    /// <returns>The file, or a message saying what is wrong with the title or date.</returns>
    public static (ScaffoldFile? File, string? Problem) Create(ScaffoldKind kind, string title, string? date, DateOnly today)
    {
        string id = Ids.Slugify(title);
        if (Ids.Problem(id) is { } problem)
        {
            return (null, $"the title gives the id '{id}', and {problem}; choose another title");
        }

        string dateText = date ?? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!EdtfDate.TryParse(dateText, out var parsed, out var error) || parsed.IsOpen)
        {
            return (null, $"--date '{dateText}' is not a date: {error.Message}; write it like 2020-01-03, 2020-01 or 2020");
        }

        string prefix = EdtfFormatter.MachineReadable(parsed);
        string quotedTitle = Quote(title);
        return kind switch
        {
            ScaffoldKind.Event => (new ScaffoldFile($"events/{prefix}-{id}.yml", id, Event(quotedTitle, dateText)), null),
            ScaffoldKind.Actor => (new ScaffoldFile($"actors/{id}.yml", id, Actor(quotedTitle, dateText)), null),
            ScaffoldKind.Briefing => (new ScaffoldFile($"briefings/{prefix}-{id}.md", id, Briefing(quotedTitle, dateText)), null),
            _ => (new ScaffoldFile($"explainers/{id}.md", id, Explainer(quotedTitle, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))), null),
        };
    }

    /// <summary>Another file that already has the id (a dated file with another date, say), or null.</summary>
    public static string? Existing(string inputPath, ScaffoldKind kind, ScaffoldFile file)
    {
        string target = Path.Combine(inputPath, file.RelativePath);
        if (File.Exists(target))
        {
            return target;
        }

        string folder = Path.GetDirectoryName(target)!;
        if (kind is ScaffoldKind.Event or ScaffoldKind.Briefing && Directory.Exists(folder))
        {
            string suffix = "-" + file.Id + Path.GetExtension(target);
            return Directory.EnumerateFiles(folder)
                .Where(f => Path.GetFileName(f).EndsWith(suffix, StringComparison.Ordinal)
                    && Ids.DatedName().Match(Path.GetFileNameWithoutExtension(f)) is { Success: true } m
                    && m.Groups[2].Value == file.Id)
                .Order(StringComparer.Ordinal)
                .FirstOrDefault();
        }

        return null;
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    // The installed tool's command, which works for any site; from the generator's source it is `dotnet run -- check`.
    private const string Check = "#   statiqsite check\n";

    private static string Event(string title, string date) => $$"""
        # A new event. Replace every <placeholder>, delete the optional lines you do not need, then run
        {{Check}}
        # A short, neutral headline in your own words; attribute opinion to whoever holds it ("Mayor says ...").
        title: {{title}}
        # EDTF, at the precision the text supports: 2020-01-03, 2020-01, 2020, 2020-01-04/2020-01-05.
        # The file name starts with this date: rename the file if you change it.
        date: "{{date}}"
        # Optional: when an event with a known duration ended (EDTF).
        # end: "2020-01-05"
        # The id of an era in input/eras.yml whose range overlaps the date.
        era: "<era-id>"
        # Ids of themes in input/themes.yml.
        themes: ["<theme-id>"]
        # Who took part: actor ids from input/actors/, each with a few words on what it did here.
        actors:
          - id: "<actor-id>"
            role: "<what this actor did>"
        # Optional: an actor of kind place, only where the text names the place.
        # location: "<place-id>"
        # Two to four sentences of Markdown in your own words, each claim cited inline: [¶2](source:id#2).
        summary: |
          <summary>
        # Every article that mentions the event, each with a paragraph locator.
        sources:
          - source: "<source-id>"
            locator: "¶<paragraph>"
        # Optional: a quote, only of a named person, verbatim, at most 25 words, under its source:
        #   quote: "..."
        # Optional: how a worked-out date was worked out, and other editorial notes.
        # notes: |
        #   ...
        # Optional, where the articles disagree: what each says, with locators.
        # disputed: |
        #   ...
        # Optional: former ids, if this event is renamed, so that old links keep working.
        # redirect_from: []
        # Optional: true leaves the event out of the built site (preview shows it, marked as a draft).
        # draft: true

        """;

    private static string Actor(string title, string date) => $$"""
        # A new actor. Replace every <placeholder>, delete the optional lines you do not need, then run
        {{Check}}# Every actor must be used by an event or explainer.

        # The one spelling used across the site, without titles.
        name: {{title}}
        # person, organization, armed-group, government-body, country or place.
        kind: "<person, organization, armed-group, government-body, country or place>"
        # Every other spelling or short form found in the texts.
        aliases: []
        # One line: who they are in this story, as of role_as_of.
        role: "<who they are in this story>"
        # The EDTF date at which the texts show the role holding.
        role_as_of: "{{date}}"
        # Actor ids this one belongs to (member to parent), such as a minister's government or a branch's company.
        affiliations: []
        # A few sentences of Markdown, each claim cited inline: [¶2](source:id#2). Attribute opinion.
        summary: |
          <summary>
        # The articles that describe this actor, each with a paragraph locator.
        sources:
          - source: "<source-id>"
            locator: "¶<paragraph>"
        # Optional: former ids, if this actor is renamed, so that old links keep working.
        # redirect_from: []

        """;

    private static string Briefing(string title, string date) => $$"""
        ---
        # A new briefing. Replace every <placeholder>, then run
        {{Check}}title: {{title}}
        # EDTF of the moment the briefing describes; the file name starts with it.
        date: "{{date}}"
        # One sentence.
        summary: "<one-sentence summary>"
        # Ids of the events the briefing covers.
        events: ["<event-id>"]
        # Every article cited in the body, each with a paragraph locator.
        sources:
          - {source: "<source-id>", locator: "¶<paragraph>"}
        # Optional: true leaves the briefing out of the built site (preview shows it, marked as a draft).
        # draft: true
        ---
        <intro: which article the briefing rests on and how it is dated, or delete this line>

        ## Why it matters

        - <point, with an inline citation such as [¶2](source:id#2)>

        ## The state of play

        - <point, with an inline citation>

        ## What's next

        - <point, with an inline citation>

        """;

    private static string Explainer(string title, string today) => $$$"""
        ---
        # A new explainer. Replace every <placeholder>, then run
        {{{Check}}}title: {{{title}}}
        # One sentence.
        summary: "<one-sentence summary>"
        # ISO date of the last substantive edit.
        updated: {{{today}}}
        # Ids of every event the explainer discusses.
        events: ["<event-id>"]
        # Optional: ids of figures shown with {{< figure id >}}.
        figures: []
        # Every article cited in the body, each with a paragraph locator.
        sources:
          - {source: "<source-id>", locator: "¶<paragraph>"}
        # Optional: true leaves the explainer out of the built site (preview shows it, marked as a draft).
        # draft: true
        ---
        <opening paragraph: the question and the short answer, with inline citations>

        ## <first section heading>

        <text, each claim cited inline, such as [¶2](source:id#2)>

        {{< event <event-id> >}}

        """;
}
