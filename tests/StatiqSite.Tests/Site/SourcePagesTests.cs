using StatiqSite.Content.Model;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Site;

/// <summary>Source pages over the real content: what each article is, and everything that cites it.</summary>
[Collection(RealSiteCollection.Name)]
public class SourcePagesTests(RealSite site)
{
    [Fact]
    public void Every_event_figure_and_actor_citing_a_source_appears_on_its_page()
    {
        var citers = site.Content.Events.SelectMany(e => e.Sources.Select(c => (c.SourceId, Key: $"event:{e.Id}")))
            .Concat(site.Content.Figures.SelectMany(f => f.Values.Select(v => (v.Citation.SourceId, Key: $"figure:{f.Id}"))))
            .Concat(site.Content.Actors.SelectMany(a => a.Sources.Select(c => (c.SourceId, Key: $"actor:{a.Id}"))))
            .Distinct()
            .ToList();
        Assert.NotEmpty(citers);
        foreach (var source in site.Content.Sources)
        {
            var page = site.Page($"/sources/{source.Id}/");
            var listed = page.QuerySelectorAll("[data-cites]").Select(li => li.GetAttribute("data-cites")!).Order(StringComparer.Ordinal).ToList();
            var expected = citers.Where(c => c.SourceId == source.Id).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, listed);
            foreach (string key in listed)
            {
                var item = page.QuerySelector($"[data-cites='{key}']")!;
                string kind = key[..key.IndexOf(':', StringComparison.Ordinal)];
                string id = key[(kind.Length + 1)..];
                Assert.NotNull(item.QuerySelector($"a[href='/{kind}s/{id}/']"));
            }
        }
    }

    [Fact]
    public void Source_pages_give_outlet_author_kind_and_date_and_label_opinion_in_words()
    {
        foreach (var source in site.Content.Sources)
        {
            var page = site.Page($"/sources/{source.Id}/");
            Assert.Equal(source.Title, page.QuerySelector("h1")?.TextContent);
            string facts = page.QuerySelector("dl.facts")!.TextContent;
            Assert.Contains(source.Outlet ?? "Not named in the text", facts, StringComparison.Ordinal);
            Assert.Contains(source.Author ?? "Not named in the text", facts, StringComparison.Ordinal);
            Assert.Contains(source.Published is null ? "Undated" : English.Dates.Display(source.Published), facts, StringComparison.Ordinal);
            bool opinion = source.Kind == SourceKind.Opinion;
            Assert.Equal(opinion, page.QuerySelector(".notice-opinion") is not null);
            Assert.Equal(opinion, page.QuerySelector(".caption")!.TextContent.Contains("Opinion", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Citations_of_an_opinion_column_say_so_wherever_they_appear()
    {
        var opinion = site.Content.Sources.Where(s => s.Kind == SourceKind.Opinion).Select(s => $"/sources/{s.Id}/").ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(opinion);
        var timeline = site.Page("/timeline/");
        var citations = timeline.QuerySelectorAll(".sources a").Where(a => opinion.Contains(a.GetAttribute("href")!)).ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, a => Assert.Equal("Opinion", a.NextElementSibling?.TextContent));
    }
}
