using StatiqSite.Content.Language;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;

namespace StatiqSite.Theme.Strings;

/// <summary>"Place in the story": the days a record can fall on and what the texts put before and after it.</summary>
public sealed class StoryStrings(StringTable t)
{
    private readonly Template on = t.Template("story.on", "date");
    private readonly Template between = t.Template("story.between", "from", "to");
    private readonly Template onOrAfter = t.Template("story.on_or_after", "date");
    private readonly Template onOrBefore = t.Template("story.on_or_before", "date");
    private readonly string unknown = t.Text("story.unknown");

    public string Title { get; } = t.Text("story.title");

    /// <summary>"{days}, once the order the texts give is taken into account."</summary>
    public Template Narrowed { get; } = t.Template("story.narrowed", "days");

    public string After { get; } = t.Text("story.after");

    public string Before { get; } = t.Text("story.before");

    /// <summary>"the briefing {link}".</summary>
    public Template Briefing { get; } = t.Template("story.briefing", "link");

    /// <summary>"{link} was published".</summary>
    public Template SourcePublished { get; } = t.Template("story.source_published", "link");

    /// <summary>The days a record can fall on, in words: "Between 9 January 2020 and 14 April 2021".</summary>
    public string Days(DateFormatter dates, Placement placement) => (placement.Earliest, placement.Latest) switch
    {
        ({ } from, { } to) when from.Day == to.Day => on.Fill(("date", dates.Display(from.Day))),
        ({ } from, { } to) => between.Fill(("from", dates.Display(from.Point)), ("to", dates.Display(to.Point))),
        ({ } from, null) => onOrAfter.Fill(("date", dates.Display(from.Point))),
        (null, { } to) => onOrBefore.Fill(("date", dates.Display(to.Point))),
        _ => unknown,
    };
}

/// <summary>"Where things stood" on the home page, from the latest briefing.</summary>
public sealed class StandingStrings(StringTable t)
{
    private readonly Template coverage = t.Template("standing.coverage", "date", "later");
    private readonly Plural coverageLater = t.Plural("standing.coverage_later");

    public string Title { get; } = t.Text("standing.title");

    /// <summary>"As of {date}, from the latest briefing:", the date a time element.</summary>
    public Template AsOf { get; } = t.Template("standing.as_of", "date");

    public Template Undated { get; } = t.Template("standing.undated", "date");

    public Template LatestDated { get; } = t.Template("standing.latest_dated", "date", "title");

    public Template ReadBriefing { get; } = t.Template("standing.read_briefing", "title");

    /// <summary>Where the sources end, and how many undated ones may be later.</summary>
    public string Coverage(string latest, int undated) =>
        coverage.Fill(("date", latest), ("later", undated == 0 ? string.Empty : coverageLater.Of(undated)));
}
