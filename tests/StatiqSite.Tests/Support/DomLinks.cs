using System.Text.RegularExpressions;
using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Publishing;

namespace StatiqSite.Tests.Support;

/// <summary>
/// A page's links and ids as a browser's DOM shows them, read with AngleSharp: what the renderer must have
/// recorded for a built page, and a short way to give the link checker a page written as HTML.
/// </summary>
public static partial class DomLinks
{
    public static (IReadOnlyList<string> Links, IReadOnlyList<string> Ids) Read(string html)
    {
        var links = new List<string>();
        var ids = new List<string>();
        foreach (var element in Html.Parse(html).All)
        {
            if (element.Id is { Length: > 0 } id)
            {
                ids.Add(id);
            }

            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
            {
                ids.Add(name);
            }

            string rel = element.GetAttribute("rel") ?? string.Empty;
            if (!(element.LocalName == "link" && (rel.Contains("preconnect", StringComparison.OrdinalIgnoreCase) || rel.Contains("dns-prefetch", StringComparison.OrdinalIgnoreCase))))
            {
                links.AddRange(element.Attributes.Where(a => a.Name is "href" or "src").Select(a => a.Value));
            }

            if (element.LocalName == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
                && Refresh().Match(element.GetAttribute("content") ?? string.Empty) is { Success: true } target)
            {
                links.Add(target.Groups[1].Value.Trim('\'', '"'));
            }
        }

        return (links, ids);
    }

    /// <summary>A page for the link checker with the links and ids its HTML has, as if rendering had recorded them.</summary>
    public static LinkedPage Page(string path, string html, string? source)
    {
        var (links, ids) = Read(html);
        return LinkedPage.Of(new Output(path, Array.Empty<byte>(), ContentTypes.Html, source, "Test")
        {
            Page = new PageDocument("/" + path, "Test", source, null, [.. links.Select(l => new PageLink(l, null))], ids),
        });
    }

    [GeneratedRegex(@"^\s*\d+\s*[;,]\s*url\s*=\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Refresh();
}
