using System.Collections.Immutable;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;

namespace StatiqSite.Tests.Dates;

/// <summary>Propagation of after/before links through declared dates, and the one order built from them.</summary>
public class ChronologyTests
{
    private static readonly Citation Cited = new("article", 1, null, TextPosition.Start);

    [Fact]
    public void A_link_narrows_both_records_and_says_where_each_limit_comes_from()
    {
        // The reprisals (2003 to January 2020) come after the liberation, which comes after 2016.
        var chronology = Build(
            Node("liberation", "2003/2020-01", After("growth")),
            Node("growth", "2016"),
            Node("reprisals", "2003/2020-01", After("liberation")));

        var reprisals = chronology.PlacementOf(Event("reprisals"));
        Assert.Equal(new DateOnly(2016, 1, 1), reprisals.Earliest!.Day);
        Assert.Equal(Event("growth"), reprisals.Earliest.From);
        Assert.Equal(Event("liberation"), reprisals.Earliest.Neighbour);
        Assert.Equal(new DateOnly(2020, 1, 31), reprisals.Latest!.Day);
        Assert.True(reprisals.Latest.Declared);
        Assert.True(reprisals.Narrowed);

        // Nothing bounds the growth from above but the links ending in January 2020.
        var growth = chronology.PlacementOf(Event("growth"));
        Assert.Equal(new DateOnly(2016, 12, 31), growth.Latest!.Day);
        Assert.False(growth.Narrowed);
        Assert.Empty(chronology.Problems);
    }

    [Fact]
    public void Latest_days_flow_backwards_along_a_chain_and_open_ends_close()
    {
        var chronology = Build(
            Node("a", "../2021-04-14", Before("b")),
            Node("b", "2019/..", Before("c")),
            Node("c", "2020-01-08"));

        Assert.Equal(new DateOnly(2020, 1, 8), chronology.PlacementOf(Event("a")).Latest!.Day);
        Assert.Null(chronology.PlacementOf(Event("a")).Earliest);
        Assert.Equal(new DateOnly(2020, 1, 8), chronology.PlacementOf(Event("b")).Latest!.Day);
        Assert.Equal(Event("c"), chronology.PlacementOf(Event("a")).Latest!.From);
    }

    [Fact]
    public void A_circle_of_links_is_one_problem_naming_every_link_where_it_was_written()
    {
        var chronology = Build(
            Node("a", "2020", After("c")),
            Node("b", "2020", After("a")),
            Node("c", "2020", After("b")));

        var problem = Assert.Single(chronology.Problems);
        Assert.Equal(ChronologyProblemKind.Cycle, problem.Kind);
        foreach (string id in new[] { "a", "b", "c" })
        {
            Assert.Contains($"events/{id}.yml:3:5", problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_record_the_links_leave_no_day_is_reported_once_with_both_chains()
    {
        // c must be after b, which is after a (2021); but c is dated 2020; d after c inherits the problem.
        var chronology = Build(
            Node("a", "2021-03"),
            Node("b", "2020/2022", After("a")),
            Node("c", "2020", After("b")),
            Node("d", "2019/2023", After("c")));

        var problem = Assert.Single(chronology.Problems);
        Assert.Equal(ChronologyProblemKind.NoPossibleDay, problem.Kind);
        Assert.Equal("events/c.yml", problem.At.File);
        Assert.Contains("on or after 2021-03", problem.Message, StringComparison.Ordinal);
        Assert.Contains("event 'b' is after event 'a'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("on or before 2020", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_that_cannot_overlap_are_ordered_by_their_days_and_linked_ones_by_their_links()
    {
        var chronology = Build(
            Node("late", "2021-04-14"),
            Node("wide", "2003/2020-01"),
            Node("early", "2003"),
            Node("second", "2020-01-03/2020-01-31", After("first")),
            Node("first", "2020-01-03/2020-01-31"));

        var order = chronology.Order(["late", "wide", "early", "second", "first"], Event);
        Assert.True(Before(order, "early", "late"));
        Assert.True(Before(order, "wide", "late"));
        Assert.True(Before(order, "first", "second"));

        // Known only to 2003-2020, "wide" is not placed at 2003 as if it were a point.
        Assert.True(Before(order, "early", "wide"));
    }

    [Fact]
    public void An_open_start_is_read_against_the_whole_story_not_the_year_one()
    {
        var chronology = Build(
            Node("invasion", "2003"),
            Node("caliphate", "../2020-01"),
            Node("strike", "2020-01-03"));

        var order = chronology.Order(["strike", "caliphate", "invasion"], Event);
        Assert.Equal(["invasion", "caliphate", "strike"], order.ToArray());
        Assert.True(chronology.IsBackground(Event("caliphate")));
        Assert.False(chronology.IsBackground(Event("strike")));
        Assert.Equal(new DateOnly(2003, 1, 1), chronology.CoverageStart);
        Assert.Equal(new DateOnly(2020, 1, 31), chronology.CoverageEnd);
    }

    [Fact]
    public void The_order_does_not_depend_on_the_order_records_are_given_in()
    {
        var nodes = new[]
        {
            Node("a", "2019/2020-01"), Node("b", "2019/2020-01", After("a")), Node("c", "2019-23"),
            Node("d", "2020-01/.."), Node("e", "../2021-04-14", After("d")), Node("f", "2020-01-04/2020-01-05"),
        };
        var expected = Build(nodes).Order(nodes.Select(n => n.Ref.Id), Event);
        var random = new Random(7);
        for (int i = 0; i < 20; i++)
        {
            var shuffled = nodes.OrderBy(_ => random.Next()).ToArray();
            Assert.Equal(expected.ToArray(), Build(shuffled).Order(shuffled.Select(n => n.Ref.Id), Event).ToArray());
        }
    }

    [Fact]
    public void Links_are_found_from_both_ends()
    {
        var chronology = Build(Node("a", "2020"), Node("b", "2020", After("a")));
        var pair = Assert.Single(chronology.LinksOf(Event("a")));
        Assert.Equal(pair, Assert.Single(chronology.LinksOf(Event("b"))));
        Assert.Equal(Event("a"), pair.Earlier);
        Assert.Equal(Event("b"), pair.Later);
    }

    [Fact]
    public void A_long_chain_is_propagated_without_recursion()
    {
        var nodes = Enumerable.Range(0, 20_000)
            .Select(i => Node($"e{i}", i == 0 ? "2003" : "2003/2021", i == 0 ? [] : [After($"e{i - 1}")[0]]))
            .ToArray();
        var chronology = Build(nodes);
        Assert.Empty(chronology.Problems);
        Assert.Equal(new DateOnly(2003, 1, 1), chronology.PlacementOf(Event("e19999")).Earliest!.Day);
        Assert.Equal(0, chronology.Rank(Event("e0")));
        Assert.Equal(19_999, chronology.Rank(Event("e19999")));
    }

    private static bool Before(IReadOnlyList<string> order, string a, string b) => order.ToList().IndexOf(a) < order.ToList().IndexOf(b);

    private static NodeRef Event(string id) => new(NodeKind.Event, id);

    private static SequenceLink[] After(string id) => [new(SequenceRelation.After, Event(id), Cited, new TextPosition(3, 5))];

    private static SequenceLink[] Before(string id) => [new(SequenceRelation.Before, Event(id), Cited, new TextPosition(3, 5))];

    private static ChronologyNode Node(string id, string date, params SequenceLink[][] links) =>
        new(Event(id), EdtfDate.Parse(date), [.. links.SelectMany(l => l)], new Origin($"events/{id}.yml", TextPosition.Start));

    private static Chronology Build(params ChronologyNode[] nodes) => Chronology.Build(nodes);
}
