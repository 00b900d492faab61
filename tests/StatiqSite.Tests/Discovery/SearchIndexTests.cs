using System.Text.Json;
using StatiqSite.Content.Dates;
using StatiqSite.Discovery.Search;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Discovery;

/// <summary>The search index: it covers every page, resolves aliases and dates, and stays small per query.</summary>
public class SearchIndexTests(RealBuild real) : IClassFixture<RealBuild>
{
    /// <summary>The most a reader may download (gzipped) to run one query and see the first page of results.</summary>
    private const long QueryBudget = 50 * 1024;

    private BuiltSite Built => real.Built;

    [Fact]
    public void Every_page_is_in_the_index_once()
    {
        var index = SearchIndexReader.For(Built);
        var site = Built.Site;
        var expected = site.Actors.Select(a => site.Urls.Actor(a.Id))
            .Concat(site.Events.Select(e => site.Urls.Event(e.Id)))
            .Concat(site.Explainers.Select(x => site.Urls.Explainer(x.Id)))
            .Concat(site.Briefings.Select(b => site.Urls.Briefing(b.Id)))
            .Concat(site.Figures.Select(f => site.Urls.Figure(f.Id)))
            .Concat(site.Sources.Select(s => site.Urls.Source(s.Id)))
            .Concat(site.Pages.Select(p => site.Urls.Page(p.Id)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var indexed = Enumerable.Range(0, index.Documents).Select(i => index.Doc(i).GetProperty("u").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, indexed);

        // Every page is also found by its own title.
        foreach (int i in Enumerable.Range(0, index.Documents))
        {
            string title = index.Doc(i).GetProperty("t").GetString()!;
            Assert.Contains(index.Query(title), r => r.Doc == i);
        }
    }

    [Theory]
    [InlineData("Qassim", "/actors/qassem-soleimani/")]
    [InlineData("qassim soleimani", "/actors/qassem-soleimani/")]
    [InlineData("Daesh", "/actors/isis/")]
    [InlineData("CENTCOM", "/actors/us-central-command/")]
    [InlineData("Khataib", "/actors/kataib-hezbollah/")]
    [InlineData("Muhandis", "/actors/abu-mahdi-al-muhandis/")]
    public void An_alias_finds_its_actor_first(string query, string url)
    {
        var index = SearchIndexReader.For(Built);
        var results = index.Query(query);
        Assert.NotEmpty(results);
        Assert.Equal(url, index.Doc(results[0].Doc).GetProperty("u").GetString());
    }

    [Fact]
    public void An_alias_also_finds_the_events_its_actor_took_part_in()
    {
        var index = SearchIndexReader.For(Built);
        var urls = index.Query("Daesh").Select(r => index.Doc(r.Doc).GetProperty("u").GetString()).ToHashSet();
        var site = Built.Site;
        Assert.All(site.EventsByActor.Of("isis"), e => Assert.Contains(site.Urls.Event(e.Id), urls));
    }

    [Fact]
    public void Title_hits_rank_above_body_hits_and_prefixes_match()
    {
        var index = SearchIndexReader.For(Built);
        var results = index.Query("embass");
        Assert.True(results.Count > 1);
        var first = index.Doc(results[0].Doc);
        Assert.Contains("Embassy", first.GetProperty("t").GetString(), StringComparison.Ordinal);
        var bodyOnly = results.Where(r => !index.Doc(r.Doc).GetProperty("t").GetString()!.Contains("mbass", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(bodyOnly);
        Assert.All(bodyOnly, r => Assert.True(r.Score < results[0].Score));
    }

    [Theory]
    [InlineData("2020-01-03", "/events/soleimani-killed-in-us-strike/")]
    [InlineData("3 January 2020", "/events/soleimani-killed-in-us-strike/")]
    [InlineData("2020-01-08", "/events/iranian-missile-strike-on-bases/")]
    public void Event_dates_are_searchable(string query, string url)
    {
        var index = SearchIndexReader.For(Built);
        var urls = index.Query(query).Select(r => index.Doc(r.Doc).GetProperty("u").GetString()).ToList();
        Assert.Contains(url, urls);
    }

    [Fact]
    public void A_body_hit_points_at_the_part_that_holds_the_word()
    {
        var index = SearchIndexReader.For(Built);
        var results = index.Query("hiatus");
        var withPart = results.Where(r => r.Part > 0).ToList();
        Assert.NotEmpty(withPart);
        foreach (var (doc, _, part) in withPart)
        {
            string text = index.Part(doc, part);
            Assert.Contains("hiatus", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Any_query_on_the_real_site_downloads_at_most_50_kb_gzipped()
    {
        var index = SearchIndexReader.For(Built);
        byte[] script = Built.Files.Single(f => f.Key.StartsWith("assets/search.", StringComparison.Ordinal)).Value.Bytes.ToArray();
        var queries = index.AllTerms().SelectMany(t => t.Length > 3 ? [t, t[..3]] : new[] { t }).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(queries.Count > 500, $"{queries.Count} queries");
        long worst = 0;
        string worstQuery = string.Empty;
        foreach (string q in queries)
        {
            index.Results(q);
            long bytes = index.GzippedBytes(script);
            if (bytes > worst)
            {
                (worst, worstQuery) = (bytes, q);
            }
        }

        Assert.True(worst <= QueryBudget, $"the query '{worstQuery}' downloads {worst} bytes gzipped");
    }

    [Fact]
    public void The_index_of_a_4000_page_site_is_many_small_files()
    {
        var site = SyntheticSite.Create(4000);
        var files = SearchIndexBuilder.Build(SearchDocuments.From(site), English.Search);
        var index = SearchIndexReader.For(files);
        Assert.Equal(4000 + site.Sources.Length, index.Documents);
        Assert.True(index.Keys.Count > 50, $"only {index.Keys.Count} chunks");

        long largest = files.Max(f => SearchIndexReader.Gzip(f.Bytes));
        Assert.True(largest <= 25 * 1024, $"the largest index file is {largest} bytes gzipped");
        long manifest = SearchIndexReader.Gzip(files.Single(f => f.Path == SearchIndexBuilder.ManifestPath).Bytes);
        Assert.True(manifest <= 8 * 1024, $"the manifest is {manifest} bytes gzipped");

        // Common words, rare words and short prefixes all stay within the same budget as the real site.
        foreach (string q in new[] { "iraq", "troops militia", "ba", "bak", "government", "zu" })
        {
            index.Results(q);
            long bytes = index.GzippedBytes();
            Assert.True(bytes <= QueryBudget, $"'{q}' downloads {bytes} bytes gzipped");
        }

        string someTitle = site.Events[1234].Title;
        Assert.Contains(index.Query(someTitle), r => index.Doc(r.Doc).GetProperty("u").GetString() == site.Urls.Event(site.Events[1234].Id));
    }
}

/// <summary>Over the whole real site: search covers every page a reader can land on, and every chart is accessible.</summary>
public class RealSiteDiscoveryTests(RealBuild real) : IClassFixture<RealBuild>
{
    /// <summary>Pages that list or gather other pages, rather than say something of their own, and the search page itself.</summary>
    private static bool IsListing(string path) =>
        path is "index.html" or "404.html" or "search/index.html" or "data/index.html"
        || path.StartsWith("timeline/", StringComparison.Ordinal)
        || path is "actors/index.html" or "explainers/index.html" or "briefings/index.html" or "sources/index.html" or "figures/index.html" or "events/index.html";

    [Fact]
    public void Every_page_a_reader_can_land_on_is_in_the_search_index()
    {
        var built = real.Built;
        var index = SearchIndexReader.For(built);
        var indexed = Enumerable.Range(0, index.Documents).Select(i => index.Doc(i).GetProperty("u").GetString()!).ToHashSet(StringComparer.Ordinal);
        var pages = built.Files.Values
            .Where(o => o.IsHtml && !IsListing(o.Path) && !o.AsText().Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .Select(o => "/" + (o.Path.EndsWith("index.html", StringComparison.Ordinal) ? o.Path[..^"index.html".Length] : o.Path))
            .ToList();
        Assert.True(pages.Count > 100, $"{pages.Count} pages");
        Assert.All(pages, url => Assert.Contains(url, indexed));
    }

    [Fact]
    public void Every_chart_on_the_real_site_has_its_title_description_and_text_alternative()
    {
        var built = real.Built;
        int charts = 0;
        var pagesWithCharts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var output in built.Files.Values.Where(o => o.IsHtml))
        {
            var page = built.Html(output.Path);
            foreach (var svg in page.QuerySelectorAll("svg.chart"))
            {
                FigureChartTests.AssertAccessible(svg);
                int bars = svg.QuerySelectorAll("g.chart-row").Length;
                var container = svg.Closest(".figure-panel");
                Assert.NotNull(container);
                int alternative = container.QuerySelectorAll("table tbody tr").Length;
                Assert.Equal(bars, alternative);
                charts++;
                pagesWithCharts.Add(output.Path);
            }

            var ids = page.QuerySelectorAll("svg.chart [id]").Select(e => e.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }

        var site = built.Site;
        Assert.All(site.Figures, f => Assert.Contains($"figures/{f.Id}/index.html", pagesWithCharts));
        Assert.All(site.Explainers.Where(x => !x.Figures.IsEmpty), x => Assert.Contains($"explainers/{x.Id}/index.html", pagesWithCharts));
        Assert.True(charts >= site.Figures.Length);
    }

    [Fact]
    public void Time_sensitive_statements_show_their_as_of_date()
    {
        var built = real.Built;
        var site = built.Site;
        var glossary = built.Html("actors/index.html");
        // Only roles that can change carry a date: a place's or a country's description does not.
        var dated = site.Actors.Where(a => a.RoleAsOf is not null && StatiqSite.Theme.Components.Labels.RoleCanChange(a)).ToList();
        Assert.NotEmpty(dated);
        foreach (var actor in dated)
        {
            var page = built.Html($"actors/{actor.Id}/index.html");
            Assert.Equal(EdtfFormatter.MachineReadable(actor.RoleAsOf!), page.QuerySelector(".lede .as-of time")?.GetAttribute("datetime"));
        }

        Assert.Equal(dated.Count, glossary.QuerySelectorAll(".glossary-role .as-of time").Length);
        foreach (var figure in site.Figures)
        {
            var asOf = built.Html($"figures/{figure.Id}/index.html").QuerySelector(".figure-as-of time");
            Assert.Equal(EdtfFormatter.MachineReadable(StatiqSite.Theme.Components.FigureValues.Latest(figure).Date), asOf?.GetAttribute("datetime"));
        }

        Assert.NotNull(built.Html("index.html").QuerySelector("#where-things-stand ~ .as-of time, .standing .as-of time"));
    }
}
