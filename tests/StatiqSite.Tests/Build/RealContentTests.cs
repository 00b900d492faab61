using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Loading;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Build;

/// <summary>The real input/ checks clean and keeps the sourcing rules.</summary>
public class RealContentTests
{
    private static readonly LoadedContent Content = ContentLoader.Load(Repo.Input, new DiagnosticBag());

    [Fact]
    public async Task The_real_input_checks_with_zero_diagnostics()
    {
        var outcome = await SiteBuilder.RunAsync(
            new BuildOptions { InputPath = Repo.Input, OutputPath = Path.Combine(Path.GetTempPath(), "unused"), CheckOnly = true, AssetsPath = Repo.Assets },
            Log.Silent);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        Assert.Empty(outcome.Diagnostics);
    }

    /// <summary>Zero diagnostics above means zero style warnings only while the house style is there to check.</summary>
    [Fact]
    public void The_real_input_has_a_house_style_with_every_kind_of_rule()
    {
        var style = Assert.IsType<global::StatiqSite.Loading.Readers.StyleRules>(Content.Style);
        Assert.Equal(Enum.GetValues<global::StatiqSite.Loading.Readers.StyleRuleKind>().Order(), style.Rules.Select(r => r.Kind).Distinct().Order());
        Assert.Contains("summary", style.ProseFields);
        Assert.Contains("notes", style.ProseFields);
    }

    [Fact]
    public void There_is_enough_content()
    {
        Assert.True(Content.Events.Length >= 30, $"{Content.Events.Length} events");
        Assert.True(Content.Actors.Length >= 25, $"{Content.Actors.Length} actors");
        Assert.Equal(5, Content.Sources.Length);
        Assert.True(Content.Figures.Length >= 4);
        Assert.True(Content.Briefings.Length >= 4);
        Assert.True(Content.Explainers.Length >= 4);
        Assert.Contains(Content.Pages, p => p.Id == "about");
        Assert.Contains(Content.Pages, p => p.Id == "methodology");
        Assert.Contains(Content.Pages, p => p.Id == "corrections");
    }

    [Fact]
    public void Every_event_cites_a_source_within_its_paragraphs()
    {
        var paragraphs = Content.Sources.ToDictionary(s => s.Id, s => s.Paragraphs);
        foreach (var e in Content.Events)
        {
            Assert.False(e.Sources.IsEmpty, $"{e.Id} cites no source");
            Assert.All(e.Sources, c => Assert.InRange(c.Paragraph, 1, paragraphs[c.SourceId]));
        }

        foreach (var citation in Content.Actors.SelectMany(a => a.Sources).Concat(Content.Figures.SelectMany(f => f.Values.Select(v => v.Citation))))
        {
            Assert.InRange(citation.Paragraph, 1, paragraphs[citation.SourceId]);
        }
    }

    [Fact]
    public void Source_paragraph_counts_match_the_articles()
    {
        string sources = Path.Combine(Repo.Root, "..", "shared", "sources");
        if (!Directory.Exists(sources))
        {
            return; // The articles live beside the repository, not in it; nothing to compare on a bare clone.
        }

        var counts = Directory.GetFiles(sources, "*.txt")
            .Select(f => File.ReadAllLines(f).Count(l => l.Trim().Length > 0))
            .Order()
            .ToList();
        Assert.Equal(counts, Content.Sources.Select(s => s.Paragraphs).Order().ToList());
    }

    [Fact]
    public void Every_actor_is_used_by_an_event_or_mentioned_in_an_explainer()
    {
        string prose = string.Join('\n', Content.Explainers.Select(x => x.Body.Text));
        foreach (var actor in Content.Actors)
        {
            bool inEvent = Content.Events.Any(e => e.Actors.Any(a => a.ActorId == actor.Id) || e.Location?.Id == actor.Id);
            bool inExplainer = actor.Aliases.Prepend(actor.Name).Any(n => prose.Contains(n, StringComparison.Ordinal))
                || prose.Contains("actor:" + actor.Id, StringComparison.Ordinal);
            Assert.True(inEvent || inExplainer, $"{actor.Id} is not used");
        }
    }

    [Fact]
    public void Every_era_contains_its_events()
    {
        var eras = Content.Eras.ToDictionary(e => e.Id);
        foreach (var e in Content.Events)
        {
            var era = eras[e.Era.Id];
            Assert.True(e.Date.Overlaps(era.From, era.To), $"{e.Id} ({e.Date}) is outside {era.Id}");
        }
    }

    [Fact]
    public void Quotes_are_short_and_attributed_to_what_the_article_says()
    {
        string sources = Path.Combine(Repo.Root, "..", "shared", "sources");
        var texts = Directory.Exists(sources) ? Directory.GetFiles(sources, "*.txt").Select(File.ReadAllText).ToList() : [];
        foreach (var citation in Content.Events.SelectMany(e => e.Sources).Concat(Content.Actors.SelectMany(a => a.Sources)).Where(c => c.Quote is not null))
        {
            Assert.True(citation.Quote!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 25);
            if (texts.Count > 0)
            {
                Assert.Contains(texts, t => t.Contains(citation.Quote, StringComparison.Ordinal));
            }
        }
    }
}
