using System.Buffers;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using StatiqSite.Content.Model;
using StatiqSite.Engine;

namespace StatiqSite.Publishing;

/// <summary>An internal link that leads nowhere: the page it is on, the link as written, why, and where content wrote it.</summary>
public sealed record BrokenLink(string Page, string? Source, string Href, string Reason)
{
    /// <summary>The place in a content file the link was written; null for a link the theme writes.</summary>
    public Origin? At { get; init; }
}

/// <summary>
/// One page as the link check reads it: its path, content file, the ids it defines and the links it writes,
/// all as rendering recorded them (<see cref="PageDocument"/>).
/// </summary>
public sealed record LinkedPage(string Path, string? Source, PageIds Ids, IReadOnlyList<PageLink> Links)
{
    public static LinkedPage Of(Output output) => output.Page is { } page
        ? new(output.Path, output.Source, new PageIds(page.Ids), page.Links)
        : throw new ArgumentException($"{output.Path} is not a rendered page", nameof(output));
}

/// <summary>What the check found on one page: its broken internal links and the external links it has.</summary>
public sealed record PageLinks(IReadOnlyList<BrokenLink> Broken, IReadOnlyList<string> External);

public sealed record LinkReport(IReadOnlyList<BrokenLink> Broken, IReadOnlyDictionary<string, IReadOnlyList<string>> External, int Checked);

/// <summary>
/// Resolves every href and src (and meta refresh target) the built pages write, the way a browser would,
/// then checks it against the files the build produced and, for #fragments, the ids in the target.
/// A link counts as internal when it is relative, root-relative, or absolute on the site's own host
/// (canonical URLs); it must stay under the base path, because nothing above it is ours. Query
/// strings are ignored (a static host ignores them too); "dir/", "dir" and "dir/index.html" name the
/// same page, as does "page" for "page.html"; percent-encoding is decoded once, as servers do.
/// </summary>
public sealed partial class LinkChecker
{
    private static readonly Uri Origin = new("http://site.invalid/");

    // The characters of a link that needs no resolving (see Simple).
    private static readonly SearchValues<char> PlainUrlCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-._~?#=&:@!$+,;");

    private readonly Uri baseUrl;
    private readonly string basePath;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> files;

    // Absolute links, such as an article's URL cited on hundreds of pages, by their text.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (LinkKind Kind, Uri? Resolved)> absolutes = new(StringComparer.Ordinal);

    public LinkChecker(Uri baseUrl, IReadOnlySet<string> files)
    {
        this.baseUrl = baseUrl;
        basePath = baseUrl.AbsolutePath.EndsWith('/') ? baseUrl.AbsolutePath : baseUrl.AbsolutePath + "/";
        var set = files as HashSet<string> is { } same && same.Comparer.Equals(StringComparer.Ordinal) ? same : new HashSet<string>(files, StringComparer.Ordinal);
        this.files = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Each page's ids by its path, which the links of every page are checked against.</summary>
    public static Dictionary<string, PageIds> IdsByPath(IReadOnlyList<LinkedPage> parsed) =>
        parsed.ToDictionary(p => p.Path, p => p.Ids, StringComparer.Ordinal);

    /// <summary>
    /// The links of one page: which are broken and which lead off the site. The result depends only on
    /// the page, the files the build wrote and the ids of the pages it links to, so preview keeps it for
    /// an unchanged page while those stay the same.
    /// </summary>
    public PageLinks CheckPage(LinkedPage page, Dictionary<string, PageIds> idsByPath)
    {
        List<BrokenLink>? broken = null;
        List<string>? external = null;
        string? pageUrl = null;
        foreach (string id in page.Ids.Duplicates)
        {
            (broken ??= []).Add(new BrokenLink(page.Path, page.Source, "#" + id,
                $"is ambiguous: id=\"{id}\" is on the page more than once, and each id must be unique (a Markdown heading takes its id from its text: reword one of the headings)"));
        }

        foreach (var (href, at) in page.Links)
        {
            if (Simple(href, page.Path, ref pageUrl, idsByPath, out string? simpleReason))
            {
                if (simpleReason is not null)
                {
                    (broken ??= []).Add(new BrokenLink(page.Path, page.Source, href, simpleReason) { At = at });
                }

                continue;
            }

            switch (Classify(href, page.Path, out var resolved))
            {
                case LinkKind.External:
                    (external ??= []).Add(href.Trim());
                    break;
                case LinkKind.Internal when Problem(resolved!, idsByPath) is { } reason:
                    (broken ??= []).Add(new BrokenLink(page.Path, page.Source, href, reason) { At = at });
                    break;
            }
        }

        return new PageLinks(broken ?? (IReadOnlyList<BrokenLink>)[], external ?? (IReadOnlyList<string>)[]);
    }

    /// <summary>The report over every page, from each page's result, in an order that does not depend on timing.</summary>
    public static LinkReport Report(IReadOnlyList<LinkedPage> parsed, IReadOnlyList<PageLinks> results)
    {
        var broken = new List<BrokenLink>();
        var external = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        int links = 0;
        for (int i = 0; i < parsed.Count; i++)
        {
            links += parsed[i].Links.Count;
            broken.AddRange(results[i].Broken);
            foreach (string url in results[i].External)
            {
                if (!external.TryGetValue(url, out var on))
                {
                    external[url] = on = new SortedSet<string>(StringComparer.Ordinal);
                }

                on.Add(parsed[i].Path);
            }
        }

        return new LinkReport(
            [.. broken.OrderBy(b => b.Page, StringComparer.Ordinal).ThenBy(b => b.Href, StringComparer.Ordinal)],
            external.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => (IReadOnlyList<string>)[.. e.Value], StringComparer.Ordinal),
            links);
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

        if (absolutes.TryGetValue(href, out var known))
        {
            resolved = known.Resolved;
            return known.Kind;
        }

        var scheme = Scheme().Match(href);
        if (scheme.Success)
        {
            // An absolute URL means the same on every page: worked out once per distinct URL.
            var kind = Absolute(href, scheme.Groups[1].Value, out resolved);
            absolutes.TryAdd(href, (kind, resolved));
            return kind;
        }

        resolved = new Uri(new Uri(Origin, PageUrl(pagePath)), href);
        return LinkKind.Internal;
    }

    private LinkKind Absolute(string href, string scheme, out Uri? resolved)
    {
        resolved = null;
        string name = scheme.ToLowerInvariant();
        if (name is not ("http" or "https"))
        {
            // mailto:, tel:, data: and the like lead nowhere we could check.
            return LinkKind.Ignored;
        }

        if (!Uri.TryCreate(href, UriKind.Absolute, out var absolute))
        {
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

    private string? Problem(Uri target, Dictionary<string, PageIds> idsByPath) =>
        Problem(target.AbsolutePath, target.Fragment, idsByPath);

    /// <summary>
    /// Checks a root-relative or same-page link that needs no resolving: plain URL characters, no
    /// percent-escapes and no dot segments, which is what the theme writes. Resolving each of a large
    /// site's links with <see cref="Uri"/> showed in the profile, and so did the substrings of each;
    /// this looks at slices of the link. Anything else takes the <see cref="Uri"/> road.
    /// </summary>
    /// <returns>Whether the link was that simple; then <paramref name="reason"/> says why it is broken, or is null.</returns>
    private bool Simple(string href, string pagePath, ref string? pageUrl, Dictionary<string, PageIds> idsByPath, out string? reason)
    {
        reason = null;
        ReadOnlySpan<char> link = href;
        if (link.Length == 0 || !(link[0] == '#' || (link[0] == '/' && (link.Length == 1 || link[1] != '/'))) || link.ContainsAnyExcept(PlainUrlCharacters))
        {
            return false;
        }

        int hash = link.IndexOf('#');
        var beforeHash = hash < 0 ? link : link[..hash];
        var fragment = hash < 0 ? [] : link[hash..];
        int query = beforeHash.IndexOf('?');
        var path = query < 0 ? beforeHash : beforeHash[..query];
        if (path.Length == 0)
        {
            path = pageUrl ??= PageUrl(pagePath);
        }

        if (path.Contains("/./", StringComparison.Ordinal) || path.Contains("/../", StringComparison.Ordinal)
            || path.EndsWith("/.", StringComparison.Ordinal) || path.EndsWith("/..", StringComparison.Ordinal))
        {
            return false;
        }

        reason = Problem(path, fragment, idsByPath);
        return true;
    }

    private string? Problem(ReadOnlySpan<char> path, ReadOnlySpan<char> fragmentWithHash, Dictionary<string, PageIds> idsByPath)
    {
        // path + "/" == basePath: the site's root written without its slash.
        bool root = path.Length + 1 == basePath.Length && basePath.AsSpan().StartsWith(path);
        if (!path.StartsWith(basePath, StringComparison.Ordinal) && !root)
        {
            return $"points outside the site's base path {basePath} (write it with the base path, as the Urls class does)";
        }

        var relative = path.Length > basePath.Length ? Unescape(path[basePath.Length..]) : [];
        string? file = Resolve(relative);
        if (file is null)
        {
            return $"leads to {path}, where the build wrote no page or file";
        }

        var fragment = fragmentWithHash.Length > 1 ? Unescape(fragmentWithHash[1..]) : [];
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

    /// <summary>Percent-decoding, once, as servers do; most links have nothing to decode and are not copied.</summary>
    private static ReadOnlySpan<char> Unescape(ReadOnlySpan<char> s) => s.Contains('%') ? Uri.UnescapeDataString(s) : s;

    /// <summary>The file a path in the site names: itself, or "x/index.html" for "x/" and "x", or "x.html" for "x".</summary>
    private string? Resolve(ReadOnlySpan<char> relative)
    {
        if (relative.Length == 0 || relative[^1] == '/')
        {
            return File(relative, "index.html");
        }

        return File(relative, string.Empty) ?? File(relative, "/index.html") ?? File(relative, ".html");
    }

    private string? File(ReadOnlySpan<char> relative, string suffix)
    {
        int length = relative.Length + suffix.Length;
        char[]? rented = length > 256 ? ArrayPool<char>.Shared.Rent(length) : null;
        Span<char> name = rented is null ? stackalloc char[256] : rented;
        relative.CopyTo(name);
        suffix.CopyTo(name[relative.Length..]);
        string? file = files.TryGetValue(name[..length], out string? found) ? found : null;
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return file;
    }

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();
}
