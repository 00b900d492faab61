using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Site;

/// <summary>The locator map: every place marked and listed, a small locator on each place's page, the data credited.</summary>
[Collection(RealSiteCollection.Name)]
public class LocatorMapTests(RealSite site)
{
    [Fact]
    public void The_home_map_marks_and_lists_every_place_with_a_title_a_description_and_the_credit()
    {
        var home = site.Page("/");
        var figure = home.QuerySelector("figure.map")!;
        var svg = figure.QuerySelector("svg[role=img]")!;
        Assert.Equal(2, svg.GetAttribute("aria-labelledby")!.Split(' ').Count(id => home.GetElementById(id) is not null));
        var places = site.Content.Actors.Where(a => a.Kind == ActorKind.Place).ToList();
        Assert.NotEmpty(places);
        var listed = home.QuerySelectorAll(".locator-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(places.Select(p => $"/actors/{p.Id}/").Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));

        // One dot per distinct position, and every place's name is in the description.
        int positions = places.Select(p => (p.Coordinates!.Latitude, p.Coordinates.Longitude)).Distinct().Count();
        Assert.Equal(positions, svg.QuerySelectorAll(".map-places circle").Length);
        string description = svg.QuerySelector("desc")!.TextContent;
        Assert.All(places, p => Assert.Contains(p.Name, description, StringComparison.Ordinal));
        string credit = figure.QuerySelector("figcaption")!.TextContent;
        Assert.Contains("Natural Earth", credit, StringComparison.Ordinal);
        Assert.Contains("GeoNames", credit, StringComparison.Ordinal);
        string methodology = site.Page("/methodology/").Body!.TextContent;
        Assert.Contains("Natural Earth", methodology, StringComparison.Ordinal);
        Assert.Contains("GeoNames", methodology, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_place_page_has_a_small_locator_with_that_place_marked_inside_the_map()
    {
        foreach (var place in site.Content.Actors.Where(a => a.Kind == ActorKind.Place))
        {
            var svg = site.Page($"/actors/{place.Id}/").QuerySelector(".map-svg")!;
            var viewBox = svg.GetAttribute("viewBox")!.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var dot = Assert.Single(svg.QuerySelectorAll(".map-places circle"));
            double x = double.Parse(dot.GetAttribute("cx")!, System.Globalization.CultureInfo.InvariantCulture);
            double y = double.Parse(dot.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(x, 0, viewBox[2]);
            Assert.InRange(y, 0, viewBox[3]);
            Assert.Equal(place.Name, svg.QuerySelector(".map-places text")!.TextContent);
        }
    }

    /// <summary>Two invented square countries, enough for a map of the fixture's places.</summary>
    private const string Outlines = """
        {"source": "Invented outlines for tests", "frame": {"west": 40, "east": 50, "south": 30, "north": 36},
         "countries": [{"name": "Northland", "rings": [[[40, 33], [50, 33], [50, 36], [40, 36], [40, 33]]]},
                       {"name": "Southland", "rings": [[[40, 30], [50, 30], [50, 33], [40, 33], [40, 30]]]}]}
        """;

    private static string SiteWithMap(string highlight, string outlines = "map/outlines.json") =>
        FixtureSite.Files["site.yml"] + $"\nmap:\n  outlines: {outlines}\n  highlight: {highlight}\n";

    [Fact]
    public async Task With_a_map_in_site_yml_check_refuses_a_place_without_coordinates_at_its_file()
    {
        using var fixture = new FixtureSite();
        Assert.True((await fixture.BuildAsync(checkOnly: true)).Succeeded, "without map: in site.yml no map is drawn, and no coordinates are needed");
        fixture.Write("map/outlines.json", Outlines);
        fixture.Write("site.yml", SiteWithMap("Northland"));
        var outcome = await fixture.BuildAsync(checkOnly: true);
        Assert.False(outcome.Succeeded);
        var problem = Assert.Single(outcome.Diagnostics, d => d.Code == Codes.PlaceWithoutCoordinates);
        Assert.EndsWith("actors/baghdad.yml", problem.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.True(problem.Line >= 1 && problem.Column >= 1);
        Assert.Contains("coordinates:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_map_is_drawn_from_the_sites_outlines_with_its_highlighted_country_named()
    {
        using var fixture = new FixtureSite();
        fixture.Write("map/outlines.json", Outlines);
        fixture.Write("site.yml", SiteWithMap("Southland"));
        fixture.Write("actors/baghdad.yml", "name: Baghdad\nkind: place\nrole: Capital\ncoordinates: {lat: 31.5, lon: 45, source: \"Invented: Baghdad\"}\nsummary: The capital.\nsources:\n  - source: article-one\n    locator: ¶1\n");
        var outcome = await fixture.BuildAsync();
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        var map = Html.Load(fixture.Output, "index.html").QuerySelector("figure.map")!;
        Assert.Equal("Map of Southland and its neighbours with the places in this story", map.QuerySelector("title")?.TextContent);
        Assert.Single(map.QuerySelectorAll("path.map-home"));
        Assert.Equal(2, map.QuerySelectorAll(".map-land path").Length);
        Assert.Contains("Invented outlines for tests", map.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(Html.Load(fixture.Output, "actors/baghdad/index.html").QuerySelector("figure.map"));
    }

    [Theory]
    [InlineData("Northlnd", "map/outlines.json", Codes.UnknownReference, 7, "did you mean 'Northland'?")]
    [InlineData("Northland", "map/missing.json", Codes.UnreadableFile, 6, "does not exist")]
    [InlineData("Northland", "../outside.json", Codes.InvalidValue, 6, "inside the input folder")]
    public async Task A_map_that_cannot_be_drawn_is_an_error_at_its_line_in_site_yml(string highlight, string outlines, string code, int line, string message)
    {
        using var fixture = new FixtureSite();
        fixture.Write("map/outlines.json", Outlines);
        fixture.Write("site.yml", SiteWithMap(highlight, outlines));
        var outcome = await fixture.BuildAsync(checkOnly: true);
        var problem = Assert.Single(outcome.Diagnostics, d => d.Code == code);
        Assert.EndsWith("site.yml", problem.File, StringComparison.Ordinal);
        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
