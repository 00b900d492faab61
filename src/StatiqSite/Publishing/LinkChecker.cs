using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StatiqSite.Publishing;

/// <summary>A built HTML page to check, with the content file that produced it.</summary>
public sealed record PageToCheck(string Path, string Html, string? Source);

/// <summary>An internal link that leads nowhere: the page it is on, the link as written, and why.</summary>
public sealed record BrokenLink(string Page, string? Source, string Href, string Reason);

/// <summary>
/// One page as the link check and audit read it: its ids, links and unsafe markup. It keeps no reference
/// to the page's HTML, so that each page's text can go as soon as it is read.
/// </summary>
public sealed record ParsedPage(string Path, string? Source, HashSet<string> Ids, List<string> Links, IReadOnlyList<string> Unsafe);

/// <summary>Something in a built page that could run script (see <see cref="Validation.HtmlAudit"/>).</summary>
public sealed record UnsafeMarkup(string Page, string? Source, string Problem);

public sealed record LinkReport(IReadOnlyList<BrokenLink> Broken, IReadOnlyDictionary<string, IReadOnlyList<string>> External, int Checked)
{
    /// <summary>What the output audit found while the pages were parsed for links; the HtmlAudit pipeline reports it.</summary>
    public IReadOnlyList<UnsafeMarkup> Unsafe { get; init; } = [];
}

/// <summary>
/// Resolves every href and src (and meta refresh target) of the built pages the way a browser would,
/// then checks it against the files the build produced and, for #fragments, the ids in the target.
/// A link counts as internal when it is relative, root-relative, or absolute on the site's own host
/// (canonical URLs); it must stay under the base path, because nothing above it is ours. Query
/// strings are ignored (a static host ignores them too); "dir/", "dir" and "dir/index.html" name the
/// same page, as does "page" for "page.html"; percent-encoding is decoded once, as servers do.
/// </summary>
public sealed partial class LinkChecker
{
    private static readonly Uri Origin = new("http://site.invalid/");
    private readonly Uri baseUrl;
    private readonly string basePath;
    private readonly IReadOnlySet<string> files;

    public LinkChecker(Uri baseUrl, IReadOnlySet<string> files)
    {
        this.baseUrl = baseUrl;
        basePath = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";
        this.files = files;
    }

    public LinkReport Check(IReadOnlyList<PageToCheck> pages, ParallelOptions? parallel = null)
    {
        parallel ??= new ParallelOptions();
        var parsed = new ParsedPage[pages.Count];
        Parallel.For(0, pages.Count, parallel, () => new HtmlParser(), (i, _, parser) =>
        {
            parsed[i] = Parse(parser, pages[i]);
            return parser;
        }, _ => { });
        return Check(parsed, parallel);
    }

    /// <summary>
    /// Reads one page for <see cref="Check(IReadOnlyList{ParsedPage}, ParallelOptions?)"/>: its ids, links and
    /// audit findings, without keeping its HTML. Preview keeps these for pages whose output did not change.
    /// </summary>
    public static ParsedPage Read(PageToCheck page) => Parse(ThreadParser.Value!, page);

    private static readonly ThreadLocal<HtmlParser> ThreadParser = new(() => new HtmlParser());

    /// <summary>Checks pages already read with <see cref="Read"/>.</summary>
    public LinkReport Check(IReadOnlyList<ParsedPage> parsed, ParallelOptions? parallel = null)
    {
        parallel ??= new ParallelOptions();
        var idsByPath = parsed.ToDictionary(p => p.Path, p => p.Ids, StringComparer.Ordinal);

        var broken = new ConcurrentBag<BrokenLink>();
        var external = new ConcurrentDictionary<string, ConcurrentBag<string>>(StringComparer.Ordinal);
        int count = 0;
        Parallel.ForEach(parsed, parallel, page =>
        {
            foreach (string href in page.Links)
            {
                Interlocked.Increment(ref count);
                if (Simple(href, page.Path) is var (simplePath, simpleFragment))
                {
                    if (Problem(simplePath, simpleFragment, idsByPath) is { } simpleReason)
                    {
                        broken.Add(new BrokenLink(page.Path, page.Source, href, simpleReason));
                    }

                    continue;
                }

                switch (Classify(href, page.Path, out var resolved))
                {
                    case LinkKind.External:
                        external.GetOrAdd(href.Trim(), _ => []).Add(page.Path);
                        break;
                    case LinkKind.Internal when Problem(resolved!, idsByPath) is { } reason:
                        broken.Add(new BrokenLink(page.Path, page.Source, href, reason));
                        break;
                }
            }
        });

        return new LinkReport(
            [.. broken.OrderBy(b => b.Page, StringComparer.Ordinal).ThenBy(b => b.Href, StringComparer.Ordinal)],
            external.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(
                e => e.Key,
                e => (IReadOnlyList<string>)[.. e.Value.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                StringComparer.Ordinal),
            count)
        {
            Unsafe = [.. parsed.SelectMany(p => p.Unsafe.Select(problem => new UnsafeMarkup(p.Path, p.Source, problem)))],
        };
    }

    /// <summary>The URL a page is served at: "events/x/index.html" is at "/base/events/x/".</summary>
    public string PageUrl(string path) =>
        basePath + (path == "index.html" ? string.Empty : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);

    private enum LinkKind
    {
        Ignored,
        Internal,
        External,
    }

    private LinkKind Classify(string raw, string pagePath, out Uri? resolved)
    {
        resolved = null;
        string href = raw.Trim();
        if (href.Length == 0)
        {
            return LinkKind.Ignored;
        }

        if (href.StartsWith("//", StringComparison.Ordinal))
        {
            return LinkKind.External;
        }

        var scheme = Scheme().Match(href);
        if (scheme.Success)
        {
            string name = scheme.Groups[1].Value.ToLowerInvariant();
            if (name is not ("http" or "https"))
            {
                // mailto:, tel:, data: and the like lead nowhere we could check.
                return LinkKind.Ignored;
            }

            if (!Uri.TryCreate(href, UriKind.Absolute, out var absolute))
            {
                resolved = null;
                return LinkKind.External;
            }

            bool ours = string.Equals(absolute.Host, baseUrl.Host, StringComparison.OrdinalIgnoreCase) && absolute.Port == baseUrl.Port;
            if (!ours)
            {
                return LinkKind.External;
            }

            resolved = new Uri(Origin, absolute.PathAndQuery + absolute.Fragment);
            return LinkKind.Internal;
        }

        resolved = new Uri(new Uri(Origin, PageUrl(pagePath)), href);
        return LinkKind.Internal;
    }

    private string? Problem(Uri target, Dictionary<string, HashSet<string>> idsByPath) =>
        Problem(target.AbsolutePath, target.Fragment, idsByPath);

    /// <summary>
    /// The path and fragment of a root-relative or same-page link that needs no resolving: plain URL
    /// characters, no percent-escapes and no dot segments, which is what the theme writes. Resolving
    /// each of a large site's links with <see cref="Uri"/> showed in the profile; anything else takes
    /// that road. Null when the link is not that simple.
    /// </summary>
    private (string Path, string Fragment)? Simple(string href, string pagePath)
    {
        if (href.Length == 0 || !(href[0] == '#' || (href[0] == '/' && (href.Length == 1 || href[1] != '/'))))
        {
            return null;
        }

        foreach (char c in href)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '.' or '_' or '~' or '?' or '#' or '=' or '&' or ':' or '@' or '!' or '$' or '+' or ',' or ';'))
            {
                return null;
            }
        }

        int hash = href.IndexOf('#', StringComparison.Ordinal);
        string beforeHash = hash < 0 ? href : href[..hash];
        string fragment = hash < 0 ? string.Empty : href[hash..];
        int query = beforeHash.IndexOf('?', StringComparison.Ordinal);
        string path = query < 0 ? beforeHash : beforeHash[..query];
        if (path.Length == 0)
        {
            path = PageUrl(pagePath);
        }

        bool dots = path.Contains("/./", StringComparison.Ordinal) || path.Contains("/../", StringComparison.Ordinal)
            || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal);
        return dots ? null : (path, fragment);
    }

    private string? Problem(string path, string fragmentWithHash, Dictionary<string, HashSet<string>> idsByPath)
    {
        if (!path.StartsWith(basePath, StringComparison.Ordinal) && path + "/" != basePath)
        {
            return $"points outside the site's base path {basePath} (write it with the base path, as the Urls class does)";
        }

        string relative = path.Length > basePath.Length ? Uri.UnescapeDataString(path[basePath.Length..]) : string.Empty;
        string? file = Resolve(relative);
        if (file is null)
        {
            return $"leads to {path}, where the build wrote no page or file";
        }

        string fragment = fragmentWithHash.Length > 1 ? Uri.UnescapeDataString(fragmentWithHash[1..]) : string.Empty;
        if (fragment.Length == 0 || fragment.Equals("top", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (idsByPath.TryGetValue(file, out var ids) && !ids.Contains(fragment))
        {
            return $"names #{fragment}, but no element on {PageUrl(file)} has id=\"{fragment}\"";
        }

        return null;
    }

    private string? Resolve(string relative)
    {
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return files.Contains(relative + "index.html") ? relative + "index.html" : null;
        }

        foreach (string candidate in (string[])[relative, relative + "/index.html", relative + ".html"])
        {
            if (files.Contains(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static ParsedPage Parse(HtmlParser parser, PageToCheck page)
    {
        var document = parser.ParseDocument(page.Html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id)
            {
                ids.Add(id);
            }

            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name)
            {
                ids.Add(name);
            }
        }

        var links = new List<string>();
        foreach (var element in document.QuerySelectorAll("[href], [src]"))
        {
            if (element.LocalName == "link" && element.GetAttribute("rel") is { } rel && (rel.Contains("preconnect", StringComparison.OrdinalIgnoreCase) || rel.Contains("dns-prefetch", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            AddIfPresent(links, element, "href");
            AddIfPresent(links, element, "src");
        }

        foreach (var meta in document.QuerySelectorAll("meta[http-equiv]"))
        {
            if (string.Equals(meta.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
                && RefreshTarget().Match(meta.GetAttribute("content") ?? string.Empty) is { Success: true } m)
            {
                links.Add(m.Groups[1].Value.Trim('\'', '"'));
            }
        }

        return new ParsedPage(page.Path, page.Source, ids, links, Validation.HtmlAudit.Problems(document));
    }

    private static void AddIfPresent(List<string> links, IElement element, string attribute)
    {
        if (element.GetAttribute(attribute) is { } value)
        {
            links.Add(value);
        }
    }

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"^\s*\d+\s*[;,]\s*url\s*=\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RefreshTarget();


}
