using AngleSharp.Html.Parser.Tokens.Struct;
using StatiqSite.Markup.Extensions.ContentLinks;
using StatiqSite.Publishing;

namespace StatiqSite.Validation;

/// <summary>
/// The second line of defence against script injection: every built page is read and must contain no
/// script a reader's browser would run other than the theme's own file, no event-handler attributes, no
/// frames or embedded objects, no style elements or attributes and no URL with a scheme other than http,
/// https or mailto.
/// Content checks refuse these long before; this catches a bug in a check, the theme or a new pipeline.
/// The page is read once, for the link check and this audit together, by <see cref="PageReader"/>.
/// </summary>
public static class HtmlAudit
{
    internal const string EmptyScript = "an empty <script> element";
    internal const string InlineScript = "an inline <script> element";

    // Types a browser treats as data, never as script.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DataScriptTypes = Lookup(StringComparer.OrdinalIgnoreCase,
        "application/json", "application/ld+json");

    /// <returns>What is unsafe in the page, one short phrase each; empty when it is safe.</returns>
    public static IReadOnlyList<string> Problems(string html) => PageReader.Read(new PageToCheck(string.Empty, html, null)).Unsafe;

    public static bool IsSafeUrl(string url) => ContentLinkResolver.HasSafeScheme(url);

    /// <summary>
    /// Audits one element, adding what is unsafe about it to <paramref name="problems"/> in the order the
    /// page shows it: the element, then its attributes.
    /// </summary>
    /// <param name="name">The element's local name, as the DOM would give it.</param>
    /// <returns>
    /// The index in <paramref name="problems"/> of an inline script's finding, written as
    /// <see cref="EmptyScript"/> until its text shows it is an <see cref="InlineScript"/>; -1 otherwise.
    /// </returns>
    internal static int Element(ReadOnlySpan<char> name, ReadOnlySpan<MemoryHtmlAttributeToken> attributes, List<string> problems)
    {
        int script = -1;
        if (IsForbiddenElement(name))
        {
            problems.Add($"a <{name}> element");
        }
        else if (name is "script")
        {
            script = ScriptProblem(attributes, problems);
        }
        else if (name is "meta" && RefreshTarget(attributes) is { } target && !ContentLinkResolver.HasSafeScheme(target))
        {
            problems.Add($"a refresh to '{Shorten(target)}'");
        }

        foreach (var attribute in attributes)
        {
            ReadOnlySpan<char> attributeName = attribute.Name;
            if (attributeName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"an event handler attribute {attributeName} on <{name}>");
            }
            else if (attributeName.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                // The Content-Security-Policy drops inline styles silently; a page relying on one is broken.
                problems.Add($"a style attribute on <{name}> (the Content-Security-Policy drops it; use a class)");
            }
            else if (IsUrlAttribute(attributeName))
            {
                UrlProblems(name, attributeName, attribute.Value, problems);
            }
        }

        return script;
    }

    /// <summary>The value of an attribute by its (lowercase) name, as <c>GetAttribute</c> gives it; null when absent.</summary>
    internal static bool TryGet(ReadOnlySpan<MemoryHtmlAttributeToken> attributes, string name, out ReadOnlySpan<char> value)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Name == name)
            {
                value = attribute.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    private static void UrlProblems(ReadOnlySpan<char> element, ReadOnlySpan<char> attribute, ReadOnlySpan<char> value, List<string> problems)
    {
        if (!attribute.EndsWith("srcset", StringComparison.OrdinalIgnoreCase))
        {
            if (!ContentLinkResolver.HasSafeScheme(value))
            {
                problems.Add($"the URL '{Shorten(value)}' in {attribute} on <{element}>");
            }

            return;
        }

        // A srcset is candidates separated by commas, each a URL and an optional width or density.
        foreach (var range in value.Split(','))
        {
            var candidate = value[range].Trim();
            int space = candidate.IndexOf(' ');
            var url = space < 0 ? candidate : candidate[..space];
            if (!ContentLinkResolver.HasSafeScheme(url))
            {
                problems.Add($"the URL '{Shorten(url)}' in {attribute} on <{element}>");
            }
        }
    }

    private static int ScriptProblem(ReadOnlySpan<MemoryHtmlAttributeToken> attributes, List<string> problems)
    {
        if (TryGet(attributes, "type", out var type) && DataScriptTypes.Contains(type.Trim()))
        {
            return -1;
        }

        if (!TryGet(attributes, "src", out var src))
        {
            problems.Add(EmptyScript);
            return problems.Count - 1;
        }

        // Only the site's own files: a root-relative path (which has no scheme), not another host.
        if (!(src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal)))
        {
            problems.Add($"a <script> from '{Shorten(src)}'");
        }

        return -1;
    }

    private static string? RefreshTarget(ReadOnlySpan<MemoryHtmlAttributeToken> attributes)
    {
        if (!TryGet(attributes, "http-equiv", out var httpEquiv) || !httpEquiv.Equals("refresh", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        TryGet(attributes, "content", out var content);
        int url = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
        return url < 0 ? null : content[(url + 4)..].Trim().Trim("'\"").ToString();
    }

    // Every element and attribute of every page passes these two tests: a switch on the length and the
    // text is cheaper than hashing the name, which showed in the profile.
    private static bool IsForbiddenElement(ReadOnlySpan<char> name) =>
        name is "iframe" or "frame" or "frameset" or "object" or "embed" or "applet" or "style" or "base" or "portal";

    private static bool IsUrlAttribute(ReadOnlySpan<char> name) => name.Length switch
    {
        3 => Is(name, "src"),
        4 => Is(name, "href") || Is(name, "data") || Is(name, "cite") || Is(name, "ping"),
        6 => Is(name, "action") || Is(name, "poster") || Is(name, "srcset"),
        10 => Is(name, "formaction") || Is(name, "background") || Is(name, "xlink:href"),
        11 => Is(name, "imagesrcset"),
        _ => false,
    };

    private static bool Is(ReadOnlySpan<char> name, string known) => name.Equals(known, StringComparison.OrdinalIgnoreCase);

    private static string Shorten(ReadOnlySpan<char> s) => s.Length <= 40 ? s.ToString() : string.Concat(s[..37], "...");

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(StringComparer comparer, params string[] items) =>
        new HashSet<string>(items, comparer).GetAlternateLookup<ReadOnlySpan<char>>();
}
