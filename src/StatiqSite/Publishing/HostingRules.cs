using System.Text;
using StatiqSite.Content.Model;

namespace StatiqSite.Publishing;

/// <summary>Headers a static host sends for the paths matching <see cref="Pattern"/> (Netlify and Cloudflare syntax).</summary>
public sealed record HeaderRule(string Pattern, IReadOnlyList<(string Name, string Value)> Headers);

/// <summary>A permanent redirect from a former URL to the current one.</summary>
public sealed record Redirect(string From, string To, string Source);

/// <summary>
/// What static hosts need besides the files: header rules and redirects, written as <c>_headers</c>
/// and <c>_redirects</c>. netlify.toml repeats the header rules for Netlify's own configuration, and a
/// test keeps the two equal.
/// </summary>
public static class HostingRules
{
    /// <summary>Fingerprinted assets never change under one name, so browsers and CDNs may keep them for a year.</summary>
    public const string ImmutableCache = "public, max-age=31536000, immutable";

    /// <summary>
    /// The search index keeps its file names from build to build, so browsers and CDNs must ask every time
    /// whether a file changed; the script's version query (see Discovery/Search) guards against mixing builds.
    /// </summary>
    public const string RevalidateCache = "public, max-age=0, must-revalidate";

    /// <summary>
    /// The rules, with the base path in front. No header name is set by two rules whose paths overlap:
    /// both Netlify and Cloudflare join the values of overlapping rules with commas, which would turn the
    /// assets' one-year cache into a contradiction. HTML therefore keeps the hosts' default
    /// Cache-Control, "public, max-age=0, must-revalidate": every page view revalidates.
    /// </summary>
    public static IReadOnlyList<HeaderRule> Headers(string basePath) =>
    [
        new(basePath + "*", SecurityHeaders.All),
        new(basePath + "assets/*", [("Cache-Control", ImmutableCache)]),
        new(basePath + "search/*", [("Cache-Control", RevalidateCache)]),
    ];

    /// <summary>Every former id of an event or actor, as a redirect to its page.</summary>
    public static IReadOnlyList<Redirect> Redirects(Site site) =>
    [
        .. site.Events.SelectMany(e => e.RedirectFrom.Select(old => new Redirect(site.Urls.Event(old), site.Urls.Event(e.Id), e.Origin.File))),
        .. site.Actors.SelectMany(a => a.RedirectFrom.Select(old => new Redirect(site.Urls.Actor(old), site.Urls.Actor(a.Id), a.Origin.File))),
    ];

    public static string HeadersFile(string basePath)
    {
        var text = new StringBuilder("# Written by the site build from Publishing/HostingRules.cs; do not edit.\n");
        foreach (var rule in Headers(basePath))
        {
            text.Append('\n').Append(rule.Pattern).Append('\n');
            foreach (var (name, value) in rule.Headers)
            {
                text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Each redirect with and without its trailing slash, since hosts match paths literally, forced
    /// (<c>301!</c>) because a redirect page sits at the old path and Netlify serves an existing file in
    /// preference to an unforced rule; and, under a
    /// sub-path, the 404 page for anything missing below it (at a domain's root hosts find 404.html alone).
    /// </summary>
    public static string RedirectsFile(Site site)
    {
        var text = new StringBuilder("# Written by the site build from redirect_from in events and actors; do not edit.\n");
        foreach (var r in Redirects(site).OrderBy(r => r.From, StringComparer.Ordinal))
        {
            text.Append(r.From.TrimEnd('/')).Append(' ').Append(r.To).Append(" 301!\n");
            text.Append(r.From).Append(' ').Append(r.To).Append(" 301!\n");
        }

        if (site.Urls.BasePath != "/")
        {
            text.Append(site.Urls.BasePath).Append("* ").Append(site.Urls.BasePath).Append("404.html 404\n");
        }

        return text.ToString();
    }
}
