namespace StatiqSite.Content.Model;

/// <summary>
/// Root-relative URLs made absolute on the site's host, for canonical links, Open Graph and JSON-LD.
/// Every page needs several, so the URLs the site makes (plain slugs) are joined to the origin
/// directly; anything else is resolved by <see cref="Uri"/>, as a browser would.
/// </summary>
public static class AbsoluteUrls
{
    private static SiteOrigin? origin;

    public static string Join(Uri baseUrl, string rootRelative)
    {
        if (rootRelative.StartsWith('/') && !rootRelative.StartsWith("//", StringComparison.Ordinal) && IsPlainPath(rootRelative))
        {
            var known = origin;
            if (known is null || !ReferenceEquals(known.Base, baseUrl))
            {
                // The origin exactly as Uri writes it (host case, default port), without the final slash.
                origin = known = new SiteOrigin(baseUrl, new Uri(baseUrl, "/").AbsoluteUri.TrimEnd('/'));
            }

            return known.Text + rootRelative;
        }

        return new Uri(baseUrl, rootRelative).AbsoluteUri;
    }

    private static bool IsPlainPath(string path)
    {
        foreach (char c in path)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '/' or '-' or '_' or '.'))
            {
                return false;
            }
        }

        return !path.Contains("/.", StringComparison.Ordinal);
    }

    private sealed record SiteOrigin(Uri Base, string Text);
}
