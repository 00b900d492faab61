using System.Text.RegularExpressions;
using AngleSharp.Dom;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Site;

/// <summary>
/// Readers never see the site's internal ids: over every page of the real site, no text a reader can
/// see names a source, actor or event by its id ("hoffman-fox-opinion ¶1"), and no two sources share
/// the label that citations show instead.
/// </summary>
[Collection(RealSiteCollection.Name)]
public class InternalIdTests(RealSite site)
{
    [Fact]
    public void No_visible_text_names_a_source_actor_or_event_by_its_id()
    {
        // Ids of one word ("iraq", "baghdad") are also ordinary words; an id with a hyphen never is.
        var ids = site.Content.Sources.Select(s => s.Id)
            .Concat(site.Content.Actors.Select(a => a.Id))
            .Concat(site.Content.Events.Select(e => e.Id))
            .Where(id => id.Contains('-', StringComparison.Ordinal))
            .OrderByDescending(id => id.Length)
            .ToList();
        Assert.Contains("hoffman-fox-opinion", ids);
        var pattern = new Regex($@"(?<![\w-])(?:{string.Join('|', ids.Select(Regex.Escape))})(?![\w-])", RegexOptions.CultureInvariant);

        var found = new List<string>();
        foreach (string url in site.AllPages())
        {
            string text = VisibleText(site.Page(url).Body!);
            found.AddRange(pattern.Matches(text).Select(m => $"{url}: {Around(text, m)}"));
        }

        Assert.Empty(found);
    }

    [Fact]
    public void The_check_itself_would_see_an_id_in_visible_text()
    {
        var page = Html.Parse("<html><body><p>As hoffman-fox-opinion ¶1 says</p><script>var x = 'hoffman-fox-opinion';</script><a href='/sources/hoffman-fox-opinion/' title='t'>Hoffman</a></body></html>");
        Assert.Equal("As hoffman-fox-opinion ¶1 says Hoffman", VisibleText(page.Body!).Trim());
    }

    [Fact]
    public void No_two_sources_share_a_label_and_citations_show_it()
    {
        var labels = site.Content.Sources.Select(s => s.Label.Trim().ToUpperInvariant()).ToList();
        Assert.Equal(labels.Count, labels.Distinct(StringComparer.Ordinal).Count());

        foreach (var source in site.Content.Sources)
        {
            var page = site.Page($"/sources/{source.Id}/");
            Assert.Equal(source.Title, page.QuerySelector("h1")?.TextContent);
        }

        var cited = site.Content.Events.First(e => !e.Sources.IsEmpty);
        var eventPage = site.Page($"/events/{cited.Id}/");
        string label = site.Content.Sources.Single(s => s.Id == cited.Sources[0].SourceId).Label;
        Assert.Contains(eventPage.QuerySelectorAll("main a[href^='/sources/']"), a => a.TextContent.StartsWith(label, StringComparison.Ordinal));
    }

    /// <summary>The text of every text node a reader can see (noscript included): not scripts, styles or templates, and no attributes.</summary>
    private static string VisibleText(IElement root)
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in root.Descendants<IText>())
        {
            if (node.ParentElement is { LocalName: "script" or "style" or "template" })
            {
                continue;
            }

            text.Append(node.Data).Append(' ');
        }

        return Regex.Replace(text.ToString(), @"\s+", " ");
    }

    private static string Around(string text, Match m) =>
        text[Math.Max(0, m.Index - 40)..Math.Min(text.Length, m.Index + m.Length + 40)];
}
