using System.Text.RegularExpressions;
using AngleSharp.Dom;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Site;

/// <summary>
/// First mentions on the real briefings, explainers and pages: checked against the built HTML with
/// an independent matcher (one regular expression over all names, longest first).
/// </summary>
[Collection(RealSiteCollection.Name)]
public class MentionTests(RealSite site)
{
    private IEnumerable<string> Documents =>
        site.Content.Briefings.Select(b => $"/briefings/{b.Id}/")
            .Concat(site.Content.Explainers.Select(x => $"/explainers/{x.Id}/"))
            .Concat(site.Content.Pages.Select(p => $"/{p.Id}/"));

    [Fact]
    public void Each_actor_is_linked_at_most_once_in_a_page_body()
    {
        int links = 0;
        foreach (string url in Documents)
        {
            var body = site.Page(url).QuerySelector(".doc-body")!;
            var actorLinks = OwnText(body).OfType<IElement>().Where(a => a.LocalName == "a" && (a.GetAttribute("href") ?? "").StartsWith("/actors/", StringComparison.Ordinal)).ToList();
            links += actorLinks.Count;
            var twice = actorLinks.GroupBy(a => a.GetAttribute("href")).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(twice.Count == 0, $"{url} links {string.Join(", ", twice)} more than once");
        }

        Assert.True(links > 0, "no actor is linked in any document");
    }

    [Fact]
    public void The_first_mention_of_each_actor_in_a_page_body_is_its_link_with_the_role_as_description()
    {
        var names = site.Content.Actors
            .SelectMany(a => a.Aliases.Prepend(a.Name).Select(n => (Name: n.Trim(), a.Id)))
            .DistinctBy(n => n.Name, StringComparer.Ordinal)
            .OrderByDescending(n => n.Name.Length)
            .ToList();
        var actorOf = names.ToDictionary(n => n.Name, n => n.Id, StringComparer.Ordinal);
        var roles = site.Content.Actors.ToDictionary(a => a.Id, a => a.Role, StringComparer.Ordinal);
        var pattern = new Regex(@"(?<![\p{L}\p{N}-])(?:" + string.Join('|', names.Select(n => Regex.Escape(n.Name).Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")(?![\p{L}\p{N}-])");

        int checkedMentions = 0;
        foreach (string url in Documents)
        {
            var body = site.Page(url).QuerySelector(".doc-body")!;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in OwnText(body))
            {
                if (node is IElement link)
                {
                    if ((link.GetAttribute("href") ?? "").StartsWith("/actors/", StringComparison.Ordinal))
                    {
                        string id = link.GetAttribute("href")!["/actors/".Length..].TrimEnd('/');
                        Assert.True(seen.Add(id), $"{url}: {id} is linked after it was already mentioned");
                        if (link.ClassList.Contains("actor-mention"))
                        {
                            Assert.Equal(roles[id], link.GetAttribute("title"));
                            Assert.Equal(id, actorOf[Regex.Replace(link.TextContent, @"\s+", " ")]);
                        }

                        checkedMentions++;
                    }

                    continue;
                }

                foreach (Match m in pattern.Matches(node.TextContent))
                {
                    string id = actorOf[Regex.Replace(m.Value, @"\s+", " ")];
                    Assert.True(seen.Contains(id), $"{url}: the first mention of {id} ('{m.Value}') is not linked");
                }
            }
        }

        Assert.True(checkedMentions > 0);
    }

    /// <summary>
    /// The body's text in reading order where a mention may be linked (not in headings, code, event
    /// cards or figure panels), yielding links as single nodes.
    /// </summary>
    private static IEnumerable<INode> OwnText(IElement root)
    {
        foreach (var child in root.ChildNodes)
        {
            if (child is IText)
            {
                yield return child;
            }
            else if (child is IElement e)
            {
                if (e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "code" or "pre"
                    || e.ClassList.Contains("event-card") || e.ClassList.Contains("figure-panel"))
                {
                    continue;
                }

                if (e.LocalName == "a")
                {
                    yield return e;
                    continue;
                }

                foreach (var inner in OwnText(e))
                {
                    yield return inner;
                }
            }
        }
    }
}
