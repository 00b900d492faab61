using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StatiqSite.Markup.Extensions.ContentLinks;

namespace StatiqSite.Validation;

/// <summary>
/// The second line of defence against script injection: every built page is parsed and must contain no
/// script a reader's browser would run other than the theme's own file, no event-handler attributes, no
/// frames or embedded objects, no style elements and no URL with a scheme other than http, https or mailto.
/// Content checks refuse these long before; this catches a bug in a check, the theme or a new pipeline.
/// </summary>
public static class HtmlAudit
{
    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.Ordinal)
    {
        "iframe", "frame", "frameset", "object", "embed", "applet", "style", "base", "portal",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "poster", "data", "cite", "background", "ping", "xlink:href", "srcset", "imagesrcset",
    };

    // Types a browser treats as data, never as script.
    private static readonly HashSet<string> DataScriptTypes = new(StringComparer.OrdinalIgnoreCase) { "application/json", "application/ld+json" };

    // A parser per thread: pages are audited in parallel.
    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser());

    /// <returns>What is unsafe in the page, one short phrase each; empty when it is safe.</returns>
    public static IReadOnlyList<string> Problems(string html) => Problems(Parser.Value!.ParseDocument(html));

    /// <summary>The same, for a page already parsed (the link checker parses every page once for both).</summary>
    public static IReadOnlyList<string> Problems(IDocument document)
    {
        var problems = new List<string>();
        foreach (var element in document.All)
        {
            string name = element.LocalName;
            if (ForbiddenElements.Contains(name))
            {
                problems.Add($"a <{name}> element");
            }
            else if (name == "script" && ScriptProblem(element) is { } script)
            {
                problems.Add(script);
            }
            else if (name == "meta" && RefreshTarget(element) is { } target && !IsSafeUrl(target))
            {
                problems.Add($"a refresh to '{Shorten(target)}'");
            }

            foreach (var attribute in element.Attributes)
            {
                string attributeName = attribute.Name;
                if (attributeName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"an event handler attribute {attributeName} on <{name}>");
                }
                else if (UrlAttributes.Contains(attributeName))
                {
                    var urls = attributeName.EndsWith("srcset", StringComparison.OrdinalIgnoreCase)
                        ? attribute.Value.Split(',').Select(c => c.Trim().Split(' ')[0])
                        : [attribute.Value];
                    foreach (string url in urls.Where(u => !IsSafeUrl(u)))
                    {
                        problems.Add($"the URL '{Shorten(url)}' in {attributeName} on <{name}>");
                    }
                }
            }
        }

        return problems;
    }

    public static bool IsSafeUrl(string url) => ContentLinkResolver.Scheme(url) is not { } scheme || ContentLinkResolver.SafeSchemes.Contains(scheme);

    private static string? ScriptProblem(IElement script)
    {
        string? type = script.GetAttribute("type");
        if (type is not null && DataScriptTypes.Contains(type.Trim()))
        {
            return null;
        }

        string? src = script.GetAttribute("src");
        if (src is null)
        {
            return script.TextContent.Trim().Length == 0 ? "an empty <script> element" : "an inline <script> element";
        }

        // Only the site's own files: a root-relative path, not another host.
        return src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal) && ContentLinkResolver.Scheme(src) is null
            ? null
            : $"a <script> from '{Shorten(src)}'";
    }

    private static string? RefreshTarget(IElement meta)
    {
        if (!string.Equals(meta.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string content = meta.GetAttribute("content") ?? string.Empty;
        int url = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
        return url < 0 ? null : content[(url + 4)..].Trim().Trim('\'', '"');
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";
}
