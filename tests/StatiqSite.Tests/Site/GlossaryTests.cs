using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading;
using StatiqSite.Tests.Support;
using StatiqSite.Theme.Components;

namespace StatiqSite.Tests.Site;

/// <summary>Who's who over the real content: every actor has an entry, its events, and its affiliations both ways.</summary>
[Collection(RealSiteCollection.Name)]
public class GlossaryTests(RealSite site)
{
    [Fact]
    public void Every_actor_is_listed_under_its_letter()
    {
        var glossary = site.Page("/actors/");
        Assert.NotEmpty(site.Content.Actors);
        foreach (var actor in site.Content.Actors)
        {
            char letter = char.ToUpperInvariant(actor.Name.First(char.IsAsciiLetter));
            var section = glossary.GetElementById($"letter-{letter}")?.Closest("section");
            Assert.True(section is not null, $"no section for letter {letter}");
            Assert.NotNull(section.QuerySelector($"a[href='/actors/{actor.Id}/']"));
        }
    }

    [Fact]
    public void Key_players_come_first_in_the_groups_of_site_yml_in_its_order()
    {
        var glossary = site.Page("/actors/");
        var section = glossary.GetElementById("key-players")!.Closest("section")!;
        Assert.True(section.CompareDocumentPosition(glossary.GetElementById("a-to-z")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        var expected = site.Content.Actors.Where(a => a.KeyPlayer is not null).ToList();
        Assert.InRange(expected.Count, 8, 12);
        foreach (var actor in expected)
        {
            var side = glossary.GetElementById($"side-{actor.KeyPlayer!.Id}")!.ParentElement!;
            Assert.NotNull(side.QuerySelector($"a[href='/actors/{actor.Id}/']"));
        }

        var groups = site.Content.Settings!.KeyPlayers.Where(g => expected.Any(a => a.KeyPlayer!.Id == g.Id)).ToList();
        Assert.Equal(groups.Select(g => g.Label), section.QuerySelectorAll("h3").Select(h => h.TextContent));

        Assert.Equal(expected.Count, section.QuerySelectorAll("li a").Length);
    }

    [Fact]
    public void Letter_navigation_links_every_letter_that_has_entries_and_only_those()
    {
        var glossary = site.Page("/actors/");
        var letters = site.Content.Actors.Select(a => char.ToUpperInvariant(a.Name.First(char.IsAsciiLetter))).Distinct().Order().Select(c => $"#letter-{c}").ToList();
        var links = glossary.QuerySelectorAll(".letter-nav a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(letters, links);
        Assert.All(links, href => Assert.NotNull(glossary.GetElementById(href[1..])));
        Assert.Equal(26, glossary.QuerySelectorAll(".letter-nav li").Length);
    }

    [Fact]
    public void Every_actor_page_shows_name_kind_role_as_of_aliases_and_lists_its_events()
    {
        var strings = StringsLoader.Load(site.Content.Settings!, site.Content.StringsFiles, new DiagnosticBag())!;
        foreach (var actor in site.Content.Actors)
        {
            var page = site.Page($"/actors/{actor.Id}/");
            Assert.Equal(actor.Name, page.QuerySelector("h1")?.TextContent);
            string lede = page.QuerySelector(".lede")!.TextContent;
            Assert.Contains(actor.Role, lede, StringComparison.Ordinal);
            // "As of" only where a role can change: never for a place or a country, nor for a man the texts report killed.
            if (actor.RoleAsOf is { } asOf && actor.Kind is not (ActorKind.Place or ActorKind.Country))
            {
                Assert.Contains($"as of {English.Dates.Display(asOf)}", lede, StringComparison.Ordinal);
            }
            else
            {
                Assert.DoesNotContain("as of", lede, StringComparison.Ordinal);
            }

            if (actor.Id is "qassem-soleimani" or "abu-mahdi-al-muhandis")
            {
                Assert.DoesNotContain("as of", lede, StringComparison.Ordinal);
            }

            // The kind is said once, above the name, not again among the facts.
            Assert.Equal(strings.Kinds.Kind(actor.Kind), page.QuerySelector(".caption")?.TextContent);
            Assert.DoesNotContain(page.QuerySelectorAll("dl.facts dt"), dt => dt.TextContent == "Kind");

            string facts = page.QuerySelector("dl.facts")!.TextContent;
            Assert.All(actor.Aliases, alias => Assert.Contains(alias, facts, StringComparison.Ordinal));

            var expected = site.Content.Events
                .Where(e => e.Actors.Any(a => a.ActorId == actor.Id) || e.Location?.Id == actor.Id)
                .Select(e => $"/events/{e.Id}/").Order(StringComparer.Ordinal).ToList();
            var listed = page.QuerySelectorAll(".mini-timeline a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(expected, listed);
        }
    }

    [Fact]
    public void Affiliations_show_on_both_sides()
    {
        var pairs = site.Content.Actors.SelectMany(a => a.Affiliations.Select(r => (Member: a.Id, Parent: r.Id))).ToList();
        Assert.NotEmpty(pairs);
        foreach (var (member, parent) in pairs)
        {
            Assert.NotNull(site.Page($"/actors/{member}/").QuerySelector($"dl.facts a[href='/actors/{parent}/']"));
            Assert.NotNull(site.Page($"/actors/{parent}/").QuerySelector($"dl.facts a[href='/actors/{member}/']"));
        }
    }

    [Fact]
    public void Actor_pages_list_the_explainers_whose_text_mentions_the_actor()
    {
        // An explainer links an actor (by hand or automatically) exactly when its text mentions it.
        foreach (var explainer in site.Content.Explainers)
        {
            var mentioned = site.Page($"/explainers/{explainer.Id}/")
                .QuerySelectorAll(".doc-body a[href^='/actors/']")
                .Where(a => a.Closest(".event-card, .figure-panel") is null)
                .Select(a => a.GetAttribute("href")!)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            Assert.NotEmpty(mentioned);
            foreach (string actorUrl in mentioned)
            {
                Assert.NotNull(site.Page(actorUrl).QuerySelector($"main a[href='/explainers/{explainer.Id}/']"));
            }
        }
    }
}
