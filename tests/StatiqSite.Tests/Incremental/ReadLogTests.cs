using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Incremental;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Incremental;

using Site = StatiqSite.Content.Model.Site;

/// <summary>
/// The site notes what a page reads of it (Content/Model/ReadLog), and preview draws a page again exactly
/// when one of those reads would now answer differently.
/// </summary>
public class ReadLogTests
{
    private const string NewEvent = """
        title: The withdrawal
        date: 2021-12
        era: late
        summary: Combat troops left.
        sources:
          - source: article-one
            locator: ¶3
        """;

    [Fact]
    public async Task A_lookup_is_noted_with_what_it_found_and_holds_until_that_record_changes()
    {
        using var fixture = new FixtureSite();
        var session = new BuildSession();
        var site = await LoadAsync(fixture, session);

        var (name, log) = ReadLog.Record(() => site.ActorById["soleimani"].Name);
        var (_, other) = ReadLog.Record(() => site.ActorById["baghdad"].Name);
        Assert.Equal("Qassem Soleimani", name);
        Assert.Single(log.Reads);
        Assert.True(Holds(log, await LoadAsync(fixture, session)), "nothing was edited");

        fixture.Write("actors/soleimani.yml", File.ReadAllText(Path.Combine(fixture.Input, "actors/soleimani.yml")).Replace("An Iranian general.", "An Iranian commander.", StringComparison.Ordinal));
        var edited = await LoadAsync(fixture, session);
        Assert.False(Holds(log, edited));
        Assert.True(Holds(other, edited), "another actor's read is not touched by this edit");
    }

    [Fact]
    public async Task A_missing_id_that_later_appears_changes_the_read()
    {
        using var fixture = new FixtureSite();
        var session = new BuildSession();
        var site = await LoadAsync(fixture, session);

        var (found, log) = ReadLog.Record(() => site.EventById.GetValueOrDefault("withdrawal"));
        Assert.Null(found);
        Assert.True(Holds(log, await LoadAsync(fixture, session)));

        fixture.Write("events/2021-12-withdrawal.yml", NewEvent);
        Assert.False(Holds(log, await LoadAsync(fixture, session)));
    }

    [Fact]
    public async Task A_list_gone_through_changes_when_a_record_is_added_but_not_when_nothing_is()
    {
        using var fixture = new FixtureSite();
        var session = new BuildSession();
        var site = await LoadAsync(fixture, session);

        var (count, log) = ReadLog.Record(() => site.Events.Count(e => e.Era.Id == "late"));
        var (_, themes) = ReadLog.Record(() => site.Themes.Length);
        Assert.Equal(1, count);
        Assert.True(Holds(log, await LoadAsync(fixture, session)));

        fixture.Write("events/2021-12-withdrawal.yml", NewEvent);
        var edited = await LoadAsync(fixture, session);
        Assert.False(Holds(log, edited));
        Assert.True(Holds(themes, edited), "the themes are the same records");
    }

    [Fact]
    public async Task An_answer_is_noted_instead_of_the_reads_that_made_it()
    {
        using var fixture = new FixtureSite();
        var session = new BuildSession();
        var site = await LoadAsync(fixture, session);

        // The number of events is the same after an event's summary is edited, though the list is not.
        var (count, log) = ReadLog.Record(() => site.Answer(static s => s.Events.Length));
        Assert.Equal(2, count);
        Assert.Single(log.Reads);

        fixture.Write("events/2003-invasion.yml", File.ReadAllText(Path.Combine(fixture.Input, "events/2003-invasion.yml")).Replace("The invasion began.", "The invasion started.", StringComparison.Ordinal));
        Assert.True(Holds(log, await LoadAsync(fixture, session)));

        fixture.Write("events/2021-12-withdrawal.yml", NewEvent);
        Assert.False(Holds(log, await LoadAsync(fixture, session)));
    }

    [Fact]
    public async Task Reads_outside_a_recorded_page_are_not_kept()
    {
        using var fixture = new FixtureSite();
        var site = await LoadAsync(fixture, new BuildSession());
        _ = site.ActorById["soleimani"];
        var (_, log) = ReadLog.Record(() => 0);
        Assert.Empty(log.Reads);
    }

    [Fact]
    public async Task An_edit_to_one_event_draws_only_the_pages_that_read_it()
    {
        using var fixture = new FixtureSite();
        var options = fixture.Options();
        var session = new BuildSession();
        Assert.True((await SiteBuilder.RunAsync(options, Log.Silent, session)).Succeeded);
        var everything = session.Cache<PageCache>().DrawnPaths.ToHashSet(StringComparer.Ordinal);

        fixture.Write("events/2003-invasion.yml", File.ReadAllText(Path.Combine(fixture.Input, "events/2003-invasion.yml")).Replace("title: The invasion", "title: The invasion of Iraq", StringComparison.Ordinal));
        Assert.True((await SiteBuilder.RunAsync(options, Log.Silent, session)).Succeeded);

        var drawn = session.Cache<PageCache>().DrawnPaths;
        Assert.Subset(everything, drawn.ToHashSet(StringComparer.Ordinal));
        Assert.Contains("events/invasion/index.html", drawn);
        Assert.Contains("sources/column/index.html", drawn);
        Assert.Contains("timeline/index.html", drawn);

        // The strike's page links the invasion as the event before it; the actors, the briefing and the
        // pages neither list nor link it.
        Assert.Contains("events/strike/index.html", drawn);
        foreach (string kept in new[] { "actors/soleimani/index.html", "actors/baghdad/index.html", "briefings/strike-week/index.html", "about/index.html", "sources/article-one/index.html" })
        {
            Assert.DoesNotContain(kept, drawn);
        }

        Assert.True(drawn.Count * 2 < everything.Count, $"{drawn.Count} of {everything.Count} pages drawn: {string.Join(", ", drawn.Order(StringComparer.Ordinal))}");
    }

    private static bool Holds(ReadLog log, Site site)
    {
        var check = new ReadCheck();
        return log.Reads.All(read => read.Holds(site, check));
    }

    /// <summary>The site as preview builds it: in a session, so that unchanged files give back the same records.</summary>
    private static async Task<Site> LoadAsync(FixtureSite fixture, BuildSession session)
    {
        var content = new ContentPipeline();
        var diagnostics = new DiagnosticBag();
        await new PipelineEngine([content]).RunAsync(fixture.Options(checkOnly: true), diagnostics, Log.Silent, session);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedList()));
        return content.Site;
    }
}
