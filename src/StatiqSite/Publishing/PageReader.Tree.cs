using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace StatiqSite.Publishing;

public static partial class PageReader
{
    [ThreadStatic]
    private static HtmlParser? parser;

    /// <summary>
    /// Reads a page the slow way, with a DOM from AngleSharp's full parser, for the pages the streaming
    /// reader cannot follow. Elements are visited in tree order, a template's contents where the template
    /// stands (audited, though not part of the page a link leads to).
    /// </summary>
    private static ParsedPage Tree(string html, string path, string? source, PageCollector page)
    {
        page.Clear();
        var document = (parser ??= new HtmlParser()).ParseDocument(html);
        var pending = new Stack<(IElement Element, bool Inert)>();
        pending.Push((document.DocumentElement, false));
        while (pending.TryPop(out var next))
        {
            var (element, inert) = next;
            var attributes = page.Attributes(element.Attributes.Length);
            for (int i = 0; i < attributes.Length; i++)
            {
                var attribute = element.Attributes[i]!;
                attributes[i] = new MemoryHtmlAttributeToken(default, attribute.Name, attribute.Value);
            }

            if (page.Element(element.LocalName, attributes, inert))
            {
                page.ScriptText(element.TextContent);
            }

            page.EndScript();
            for (int i = element.Children.Length - 1; i >= 0; i--)
            {
                pending.Push((element.Children[i], inert));
            }

            if (element is IHtmlTemplateElement template)
            {
                for (int i = template.Content.Children.Length - 1; i >= 0; i--)
                {
                    pending.Push((template.Content.Children[i], true));
                }
            }
        }

        return page.ToPage(path, source);
    }
}
