using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StatiqSite.Engine;
using StatiqSite.Markup.Extensions.ContentLinks;

namespace StatiqSite.Publishing;

/// <summary>
/// The second line of defence against script injection: every built page is parsed as a browser would,
/// with AngleSharp's HTML5 parser (tokenizer and tree builder), and must contain no script a reader's
/// browser would run other than the theme's own file, no event-handler attributes, no frames or embedded
/// objects, no style elements or attributes and no URL with a scheme other than http, https or mailto.
/// Content checks refuse these long before; this catches a bug in a check, the theme or a new pipeline.
/// A template's contents are audited too, though they are not part of the page.
/// </summary>
public static class HtmlAudit
{
    // One parser per thread: the audit runs on every core, and a parser is cheap to keep but not free to make.
    [ThreadStatic]
    private static HtmlParser? parser;

    // Types a browser treats as data, never as script.
    private static readonly HashSet<string> DataScriptTypes = new(StringComparer.OrdinalIgnoreCase) { ContentTypes.MediaType(ContentTypes.Json), ContentTypes.JsonLd };

    /// <returns>What is unsafe in the page, one short phrase each, in document order; empty when it is safe.</returns>
    public static IReadOnlyList<string> Problems(ReadOnlyMemory<byte> utf8) =>
        Problems((parser ??= new HtmlParser()).ParseDocument(utf8, Encoding.UTF8));

    /// <inheritdoc cref="Problems(ReadOnlyMemory{byte})"/>
    public static IReadOnlyList<string> Problems(string html) => Problems((parser ??= new HtmlParser()).ParseDocument(html));

    private static List<string> Problems(IDocument document)
    {
        var problems = new List<string>();
        var pending = new Stack<IElement>();
        pending.Push(document.DocumentElement);
        while (pending.TryPop(out var element))
        {
            Element(element, problems);
            for (int i = element.Children.Length - 1; i >= 0; i--)
            {
                pending.Push(element.Children[i]);
            }

            if (element is IHtmlTemplateElement template)
            {
                for (int i = template.Content.Children.Length - 1; i >= 0; i--)
                {
                    pending.Push(template.Content.Children[i]);
                }
            }
        }

        return problems;
    }

    /// <summary>What is unsafe about one element, in the order the page shows it: the element, then its attributes.</summary>
    private static void Element(IElement element, List<string> problems)
    {
        string name = element.LocalName;
        if (IsForbiddenElement(name))
        {
            problems.Add($"a <{name}> element");
        }
        else if (name is "script")
        {
            ScriptProblem(element, problems);
        }
        else if (name is "meta" && RefreshTarget(element) is { } target && !ContentLinkResolver.HasSafeScheme(target))
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
    }

    private static void UrlProblems(string element, string attribute, string value, List<string> problems)
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
        foreach (string candidate in value.Split(',', StringSplitOptions.TrimEntries))
        {
            int space = candidate.IndexOf(' ');
            string url = space < 0 ? candidate : candidate[..space];
            if (!ContentLinkResolver.HasSafeScheme(url))
            {
                problems.Add($"the URL '{Shorten(url)}' in {attribute} on <{element}>");
            }
        }
    }

    private static void ScriptProblem(IElement script, List<string> problems)
    {
        if (script.GetAttribute("type") is { } type && DataScriptTypes.Contains(type.Trim()))
        {
            return;
        }

        if (script.GetAttribute("src") is not { } src)
        {
            problems.Add(string.IsNullOrWhiteSpace(script.TextContent) ? "an empty <script> element" : "an inline <script> element");
            return;
        }

        // Only the site's own files: a root-relative path (which has no scheme), not another host.
        if (!(src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal)))
        {
            problems.Add($"a <script> from '{Shorten(src)}'");
        }
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

    private static bool IsForbiddenElement(string name) =>
        name is "iframe" or "frame" or "frameset" or "object" or "embed" or "applet" or "style" or "base" or "portal";

    private static bool IsUrlAttribute(string name) =>
        name.ToLowerInvariant() is "src" or "href" or "data" or "cite" or "ping" or "action" or "poster" or "srcset"
            or "formaction" or "background" or "xlink:href" or "imagesrcset";

    private static string Shorten(string s) => s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 37), "...");
}
