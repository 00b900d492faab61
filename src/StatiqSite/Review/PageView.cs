using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StatiqSite.Review;

/// <summary>
/// What a reader sees of one built page, read back from its HTML (not from the records that made it,
/// so the diff does not depend on how the theme renders): title, description, date, the visible words
/// of <c>&lt;main&gt;</c>, the citations in it, and the page with its incidental parts blanked out.
/// </summary>
public sealed partial record PageView
{
    // The "Last updated" line changes with every commit to a page's file, not with what the page says.
    private static readonly HashSet<string> Incidental = new(StringComparer.Ordinal) { "last-updated" };

    public required string Title { get; init; }

    /// <summary>The page's main heading, or its title when it has none: how lists name the page.</summary>
    public required string Heading { get; init; }

    public required string Description { get; init; }

    /// <summary>The page's own date: an article's published date, or the first date in its heading area.</summary>
    public required string? Date { get; init; }

    public required string? LastUpdated { get; init; }

    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>Each citation as "source-id ¶N" (or the source id alone when it names no paragraph), sorted.</summary>
    public required IReadOnlyList<string> Citations { get; init; }

    /// <summary>The links of <c>&lt;main&gt;</c> as "href title", in order: what a markup-only change may have changed.</summary>
    public required IReadOnlyList<string> Links { get; init; }

    /// <summary>Fingerprinted asset names the page refers to, such as site.0123456789.css.</summary>
    public required IReadOnlyList<string> Assets { get; init; }

    /// <summary>The whole page with the last-updated date and asset fingerprints blanked: equal means only incidental change.</summary>
    public required string Normalized { get; init; }

    /// <summary>The markup of <c>&lt;main&gt;</c>, likewise blanked: equal means only the page's frame changed.</summary>
    public required string NormalizedMain { get; init; }

    public required IDocument Document { get; init; }

    public static PageView Parse(string html, string basePath)
    {
        var document = new HtmlParser().ParseDocument(html);
        var main = document.QuerySelector("main") ?? document.Body ?? document.DocumentElement;
        string? lastUpdated = document.QuerySelector(".last-updated time")?.GetAttribute("datetime");
        var view = new PageView
        {
            Title = Squeeze(document.Title ?? string.Empty),
            Heading = Squeeze(main.QuerySelector("h1")?.TextContent is { Length: > 0 } h1 ? h1 : document.Title ?? string.Empty),
            Links = [.. main.QuerySelectorAll("a[href]").Select(a => $"{a.GetAttribute("href")} {a.GetAttribute("title")}")],
            Description = Squeeze(document.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? string.Empty),
            Date = PageDate(document, main),
            LastUpdated = lastUpdated,
            Words = VisibleText.Words(main, Incidental),
            Citations = CitationsIn(main, basePath),
            Assets = AssetsIn(html),
            Normalized = string.Empty,
            NormalizedMain = string.Empty,
            Document = document,
        };

        foreach (var node in document.QuerySelectorAll(".last-updated, meta[property='article:modified_time']").ToList())
        {
            node.Remove();
        }

        return view with { Normalized = Blank(document.DocumentElement.OuterHtml), NormalizedMain = Blank(main.OuterHtml) };
    }

    /// <summary>A page's URL under the site's base path, from its output path.</summary>
    public static string Url(string outputPath, string basePath) =>
        basePath + (outputPath == "index.html" ? string.Empty : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);

    private static string? PageDate(IDocument document, IElement main)
    {
        if (document.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content") is { Length: > 0 } published)
        {
            return published;
        }

        // Otherwise the date the heading area gives the page (an event's date), before the first section heading.
        foreach (var element in main.QuerySelectorAll("h2, time"))
        {
            if (element.LocalName == "h2")
            {
                break;
            }

            if (!element.Ancestors<IElement>().TakeWhile(e => e != main).Any(e => e.ClassList.Any(c => c == "date" || c.EndsWith("-date", StringComparison.Ordinal))))
            {
                continue;
            }

            return element.GetAttribute("datetime") is { } iso ? $"{Squeeze(element.TextContent)} ({iso})" : Squeeze(element.TextContent);
        }

        return null;
    }

    private static IReadOnlyList<string> CitationsIn(IElement main, string basePath)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        string prefix = basePath + "sources/";
        foreach (var link in main.QuerySelectorAll("a[href]"))
        {
            string href = link.GetAttribute("href")!;
            if (!href.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            string id = href[prefix.Length..].Split('/', '#', '?')[0];
            if (id.Length == 0)
            {
                continue;
            }

            var locators = Paragraph().Matches(Locators(link));
            if (locators.Count == 0)
            {
                found.Add(id);
            }

            foreach (Match locator in locators)
            {
                found.Add($"{id} {Squeeze(locator.Value)}");
            }
        }

        return [.. found];
    }

    /// <summary>
    /// The text that gives a source link's paragraphs: its own (prose cites "Alrawi analysis ¶8"), or else
    /// what follows it up to the next link or ';' (source lists cite "Alrawi analysis ¶8, ¶10; …").
    /// </summary>
    private static string Locators(IElement link)
    {
        if (Paragraph().IsMatch(link.TextContent))
        {
            return link.TextContent;
        }

        var after = new System.Text.StringBuilder();
        for (var node = link.NextSibling; node is not null && node is not IElement { LocalName: "a" }; node = node.NextSibling)
        {
            after.Append(node.TextContent);
        }

        return after.ToString().Split(';')[0];
    }

    /// <summary>Fingerprinted asset names the page's markup refers to, sorted.</summary>
    public static IReadOnlyList<string> AssetsIn(string html) =>
        [.. Fingerprint().Matches(html).Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>
    /// A quick test before parsing: are two pages the same once the "Last updated" line, the modified
    /// dates and the asset fingerprints are blanked by pattern? Most pages of a diff differ only so;
    /// when this says no, the pages are parsed and compared properly (which may still find only incidental change).
    /// </summary>
    public static bool SameButIncidental(string a, string b) => QuickBlank(a) == QuickBlank(b);

    /// <summary>The "Last updated" day as the theme writes it, found by pattern for pages that are not parsed.</summary>
    public static string? LastUpdatedIn(string html) => LastUpdatedMarkup().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    private static string QuickBlank(string html) => Blank(ModifiedMeta().Replace(LastUpdatedMarkup().Replace(html, string.Empty), string.Empty));

    private static string Blank(string html) => DateModified().Replace(Fingerprint().Replace(html, "$1.#.$2"), "\"dateModified\":\"\"");

    public static string Squeeze(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\r', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));

    // Theme files are named by the first 10 hex digits of their hash (ThemePipeline).
    [GeneratedRegex(@"([A-Za-z0-9_-]+)\.[0-9a-f]{10}\.(css|js)")]
    private static partial Regex Fingerprint();

    [GeneratedRegex("<span class=\"last-updated\">[^<]*<time datetime=\"([^\"]*)\">[^<]*</time></span>")]
    private static partial Regex LastUpdatedMarkup();

    [GeneratedRegex("<meta property=\"article:modified_time\"[^>]*>")]
    private static partial Regex ModifiedMeta();

    [GeneratedRegex("\"dateModified\":\"[^\"]*\"")]
    private static partial Regex DateModified();

    [GeneratedRegex(@"¶+\s*[0-9]+(?:\s*[–-]\s*[0-9]+)?")]
    private static partial Regex Paragraph();
}
