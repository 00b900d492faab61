using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;

namespace StatiqSite.Markup.Extensions.ContentLinks;

/// <summary>
/// Rewrites content links to their URLs and refuses unsafe ones. Browsers ignore tabs and newlines in a
/// URL's scheme, so the check looks at the scheme with those removed.
/// </summary>
public static class ContentLinkResolver
{
    private static readonly HashSet<string> SafeSchemeSet = new(StringComparer.Ordinal) { "http", "https", "mailto" };

    /// <summary>The schemes a published link may use; the output audit holds built pages to the same list.</summary>
    public static readonly IReadOnlySet<string> SafeSchemes = SafeSchemeSet;

    // The same set, looked up by span: the output audit checks every URL of every built page.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SafeSchemeLookup = SafeSchemeSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Rewrites one content link to its URL, or reports it.</summary>
    public static void ResolveLink(LinkInline link, MarkupContext context, MarkupSource source) =>
        ResolveOne(link, link.Url ?? string.Empty, context, source, (l, url) => l.Url = url);

    public static void CheckAutolink(AutolinkInline autolink, MarkupContext context, MarkupSource source)
    {
        if (Scheme(autolink.Url) is { } scheme && !SafeSchemes.Contains(scheme))
        {
            source.Report(context, Codes.UnsafeUrl, autolink.Line, autolink.Column,
                $"the link '{autolink.Url}' uses '{scheme}:', which is not allowed; links may be http, https, mailto or a path in the site");
        }
    }

    private static void ResolveOne(LinkInline link, string url, MarkupContext context, MarkupSource source, Action<LinkInline, string> set)
    {
        string? scheme = Scheme(url);
        if (scheme is null || SafeSchemes.Contains(scheme))
        {
            return;
        }

        if (!ContentLinkExtension.Schemes.Contains(scheme))
        {
            source.Report(context, Codes.UnsafeUrl, link.Line, link.Column,
                $"the link '{Shorten(url)}' uses '{scheme}:', which is not allowed; use http, https, mailto, a path, or event:, actor:, figure:, source: with an id");
            set(link, string.Empty);
            return;
        }

        string target = url[(url.IndexOf(':', StringComparison.Ordinal) + 1)..];
        string id = target;
        string? fragment = null;
        int hash = target.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            id = target[..hash];
            fragment = target[(hash + 1)..];
        }

        var urls = context.Urls;
        var known = scheme switch
        {
            "event" => context.Validator.Events,
            "actor" => context.Validator.Actors,
            "figure" => context.Validator.Figures,
            _ => context.Validator.Sources,
        };
        if (!known.Check(id, source.OriginAt(link.Line, link.Column), context.Diagnostics))
        {
            set(link, string.Empty);
            return;
        }

        switch (scheme)
        {
            case "event":
                set(link, urls.Event(id));
                break;
            case "actor":
                set(link, urls.Actor(id));
                if (context.ActorRoles.TryGetValue(id, out string? role))
                {
                    link.Title = role;
                }

                source.Mention(id);
                break;
            case "figure":
                set(link, urls.Figure(id));
                break;
            default:
                int? paragraph = fragment is null ? null : Loading.Readers.CitationReader.ParseLocator("¶" + fragment);
                if (fragment is not null && (paragraph is null || !context.Validator.SourceHasParagraph(id, paragraph.Value)))
                {
                    source.Report(context, Codes.LocatorOutOfRange, link.Line, link.Column,
                        $"'#{fragment}' is not a paragraph of the article '{id}'; write source:{id}#N with N a paragraph number in range");
                }

                set(link, urls.Source(id));
                if (paragraph is not null)
                {
                    link.Title = context.SourceNames.TryGetValue(id, out string? name)
                        ? $"paragraph {paragraph} of {name}"
                        : $"paragraph {paragraph} of the cited article";
                }

                break;
        }
    }

    /// <summary>The lowercase scheme of a URL, or null for a relative URL or fragment.</summary>
    public static string? Scheme(string url)
    {
        Span<char> buffer = stackalloc char[MaxScheme];
        int n = Scheme(url, buffer);
        return n == 0 ? null : new string(buffer[..n]);
    }

    /// <summary>Whether a URL is relative, a fragment, or uses one of <see cref="SafeSchemes"/>; allocates nothing.</summary>
    public static bool HasSafeScheme(ReadOnlySpan<char> url)
    {
        Span<char> buffer = stackalloc char[MaxScheme];
        int n = Scheme(url, buffer);
        return n == 0 || SafeSchemeLookup.Contains(buffer[..n]);
    }

    private const int MaxScheme = 32;

    /// <returns>The length of the lowercase scheme written to <paramref name="buffer"/>; 0 when there is none.</returns>
    private static int Scheme(ReadOnlySpan<char> url, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in url)
        {
            if (c is '\t' or '\n' or '\r' || char.IsControl(c) || c == ' ')
            {
                continue;
            }

            if (c == ':')
            {
                return n;
            }

            if (c is '/' or '?' or '#' || n == buffer.Length || !(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return 0;
            }

            buffer[n++] = char.ToLowerInvariant(c);
        }

        return 0;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";
}
