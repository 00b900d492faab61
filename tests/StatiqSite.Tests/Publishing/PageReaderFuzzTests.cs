using System.Text;
using StatiqSite.Publishing;

namespace StatiqSite.Tests.Publishing;

/// <summary>
/// Seeded random tag soup from the elements whose parsing is special (raw text, foreign content, tables,
/// formatting elements, ignored tags): the streaming reader must never see less than AngleSharp's DOM.
/// Where the DOM drops a tag the streaming reader may report more; it must not report less.
/// </summary>
public class PageReaderFuzzTests
{
    private static readonly string[] Tags =
    [
        "a", "p", "div", "b", "i", "table", "tr", "td", "th", "tbody", "caption", "colgroup", "col", "select", "option", "optgroup",
        "template", "svg", "math", "title", "desc", "foreignObject", "textarea", "style", "script", "xmp", "iframe", "noembed",
        "noframes", "noscript", "plaintext", "form", "img", "frame", "frameset", "head", "body", "html", "br", "mi", "mtext",
        "annotation-xml", "g", "font", "object", "li", "ul", "button", "input", "image", "listing", "pre", "meta", "link", "base",
        "span", "em", "nobr", "a", "keygen", "rect", "text", "clipPath",
    ];

    private static readonly string[] Attributes =
    [
        "href=/x/", "href=\"javascript:a()\"", "onclick=b()", "id=k", "id=\"k2\"", "src=javascript:c", "src=/s.png", "name=n",
        "type=application/json", "http-equiv=refresh content=\"0;url=javascript:q\"", "xlink:href=javascript:x", "srcset=\"a 1x, data:b 2x\"",
        "color=red", "encoding=text/html", "rel=preconnect",
        "href=\"&#x6A;avascript:x()\"", "title=\"a &amp; b\"", "href='/single/'", "id = \"spaced\"", "HREF=\"/upper/\"", "NAME=\"z\"",
        "id=\"d1\" id=\"d2\"", "href=\"/x/?a=1&b=2\"", "src=\"&#0;\"", "href=\"&#x80;\"", "title=\"&copy;\"", "defer",
        "href=\"/q/?a=1&amp;b=2\"", "id=\"i&#x2B;j&lt;&gt;&quot;&apos;\"", "src=\"/&#47;evil.example/\"", "href=\"&#9;javascript:y()\"",
    ];

    private static readonly string[] Other =
    [
        "x", " ", "<!--", "-->", "<![CDATA[", "]]>", "</scr", "<!DOCTYPE html>", "&amp;", "&#106;", "'", "\"", ">", "<", "<?x ?>",
    ];

    [Theory]
    [InlineData(20261123, 14, false)]
    [InlineData(20261124, 40, true)]
    public void The_quick_scanner_reads_exactly_as_the_tokenizer_whenever_it_reads_at_all(int seed, int maxParts, bool plainOnly)
    {
        // Plain soup keeps to what the scanner accepts, so that long pages are compared too, not only given up on.
        var random = new Random(seed);
        var tags = plainOnly ? [.. Tags.Where(t => t is not ("select" or "template" or "frameset" or "svg" or "math" or "style" or "xmp" or "iframe" or "noembed" or "noframes" or "plaintext"))] : Tags;
        var attributes = plainOnly ? [.. Attributes.Where(a => !a.Contains("=/", StringComparison.Ordinal) && !a.Contains("=j", StringComparison.Ordinal) && !a.Contains("=a", StringComparison.Ordinal) && !a.Contains("=b", StringComparison.Ordinal) && !a.Contains("=r", StringComparison.Ordinal) && !a.Contains("=k", StringComparison.Ordinal) && !a.Contains("=n", StringComparison.Ordinal) && !a.Contains("=t", StringComparison.Ordinal))] : Attributes;
        int scanned = 0;
        for (int n = 0; n < 4000; n++)
        {
            string html = Soup(random, tags, random.Next(2, maxParts), attributes);
            var scan = PageReader.Scan(html);
            if (scan is null)
            {
                continue;
            }

            scanned++;
            var stream = PageReader.Stream(html);
            Assert.True(stream is not null, $"the scanner read a page the tokenizer leaves to the tree builder: {html}");
            Assert.True(stream.Ids.All.SequenceEqual(scan.Ids.All), $"ids differ in {html}\nstream: {string.Join(" | ", stream.Ids.All)}\nscan: {string.Join(" | ", scan.Ids.All)}");
            Assert.True(stream.Links.SequenceEqual(scan.Links), $"links differ in {html}\nstream: {string.Join(" | ", stream.Links)}\nscan: {string.Join(" | ", scan.Links)}");
            Assert.True(stream.Unsafe.SequenceEqual(scan.Unsafe), $"findings differ in {html}\nstream: {string.Join(" | ", stream.Unsafe)}\nscan: {string.Join(" | ", scan.Unsafe)}");
        }

        Assert.True(scanned > 300, $"only {scanned} of the random pages were scanned");
    }

    [Theory]
    [InlineData(20261121, 14, true)]
    [InlineData(20261122, 40, false)]
    public void Random_markup_never_reads_as_less_than_the_dom_sees(int seed, int maxParts, bool withFallbackTags)
    {
        var random = new Random(seed);
        var tags = withFallbackTags ? Tags : [.. Tags.Where(t => t is not ("select" or "template" or "frameset"))];
        int streamed = 0;
        for (int n = 0; n < 4000; n++)
        {
            string html = Soup(random, tags, random.Next(2, maxParts));
            var stream = PageReader.Stream(html);
            if (stream is null)
            {
                continue;
            }

            streamed++;
            var dom = PageReader.Tree(html);
            Assert.True(dom.Unsafe.ToHashSet().IsSubsetOf(stream.Unsafe), $"unsafe markup missed in {html}\nDOM: {string.Join(" | ", dom.Unsafe)}\nstream: {string.Join(" | ", stream.Unsafe)}");
            Assert.True(dom.Links.ToHashSet().IsSubsetOf(stream.Links), $"links missed in {html}\nDOM: {string.Join(" | ", dom.Links)}\nstream: {string.Join(" | ", stream.Links)}");
            Assert.True(dom.Ids.All.ToHashSet().IsSubsetOf(stream.Ids.All), $"ids missed in {html}");
        }

        Assert.True(streamed > 2000, $"only {streamed} of the random pages streamed");
    }

    private static string Soup(Random random, string[] tags, int parts, string[]? attributes = null)
    {
        attributes ??= Attributes;
        var html = new StringBuilder();
        for (int i = 0; i < parts; i++)
        {
            int kind = random.Next(10);
            string tag = tags[random.Next(tags.Length)];
            if (kind < 5)
            {
                html.Append('<').Append(random.Next(4) == 0 ? tag.ToUpperInvariant() : tag);
                for (int a = random.Next(3); a > 0; a--)
                {
                    html.Append(' ').Append(attributes[random.Next(attributes.Length)]);
                }

                html.Append(random.Next(6) == 0 ? "/>" : ">");
            }
            else if (kind < 8)
            {
                html.Append("</").Append(tag).Append('>');
            }
            else
            {
                html.Append(Other[random.Next(Other.Length)]);
            }
        }

        return html.ToString();
    }
}
