using StatiqSite.Publishing;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Publishing;

/// <summary>
/// The output audit reads a page as a browser's parser does: what it must find in markup that a naive scan
/// reads differently, and what it must not count.
/// </summary>
public class HtmlAuditTests
{
    private static IReadOnlyList<string> Audit(string body) =>
        HtmlAudit.Problems(System.Text.Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>"));

    [Fact]
    public void Attribute_values_are_decoded_as_a_browser_decodes_them()
    {
        Assert.Equal(["the URL 'javascript:alert(1)' in href on <a>"], Audit("<A HREF=&#106;avascript:alert(1)>x</A><a href='/q?a=1&amp;b=2'>y</a><a href=\"/x/\" href=\"javascript:alert(2)\">z</a>"));
        Assert.Equal(["an event handler attribute onmouseover on <p>"], Audit("<DIV ID=Here><IMG SRC=/a.png ALT=x><P OnMouseOver=alert(1)>p</P></DIV>"));
    }

    [Theory]
    [InlineData("<script>  \n\t </script>", "an empty <script> element")]
    [InlineData("<script>alert(1)</script>", "an inline <script> element")]
    [InlineData("<script src=\"//cdn.example/x.js\"></script>", "a <script> from '//cdn.example/x.js'")]
    [InlineData("<script><!--<script>x()</script>--></script>", "an inline <script> element")]
    [InlineData("<script>if (a < b) { document.write(\"</scr\" + \"ipt><a href='/fake/' onclick=x>\"); }</script>", "an inline <script> element")]
    public void Scripts_are_told_by_their_text_and_source(string body, string problem)
    {
        Assert.Equal([problem], Audit(body));
    }

    [Fact]
    public void A_script_that_is_the_site_s_own_file_or_data_is_safe()
    {
        Assert.Empty(Audit("<script src=\"/assets/app.js\" defer></script><script type=\"application/ld+json\">{\"a\": \"</p><img src=x onerror=alert(1)>\"}</script>"));
    }

    [Theory]
    [InlineData("<!-- <a href=\"javascript:x\" onclick=\"x\"> <script>alert(1)</script> --><?php <a href=javascript:y> ?>")]
    [InlineData("<title><a href=\"/in-title/\" onclick=x></title>")]
    [InlineData("<textarea><img src=/in-textarea.png onerror=alert(1)></textarea>")]
    [InlineData("<a href=\"/before/\">b</a><plaintext><a href=\"/after/\" onclick=x></plaintext><script>alert(1)</script>")]
    [InlineData("<svg><![CDATA[</svg><img src=x onerror=alert(1)>]]></svg>")]
    public void Comments_and_text_are_not_markup(string body)
    {
        Assert.Empty(Audit(body));
    }

    [Fact]
    public void Every_candidate_of_a_srcset_is_audited()
    {
        Assert.Empty(Audit("<img src=\"/a.png\" srcset=\"/a.png 1x, /b.png 2x\">"));
        Assert.Equal(
            ["the URL 'javascript:alert(1)' in srcset on <img>", "the URL 'data:x' in imagesrcset on <link>"],
            Audit("<img src=\"/a.png\" srcset=\"/a.png 1x,javascript:alert(1) 2x\"><link rel=preload as=image imagesrcset=\"data:x 1x\">"));
    }

    [Fact]
    public void Raw_text_ends_where_a_browser_ends_it()
    {
        // The comment opener inside <style> is text, so the image after </style> is markup a browser runs.
        Assert.Equal(["a <style> element", "an event handler attribute onerror on <img>"], Audit("<style><!--</style><img src=x onerror=alert(1)>-->"));
        Assert.Equal(["a <iframe> element", "an event handler attribute onload on <img>"], Audit("<iframe><a href=/x/></iframe><img src=/y.png onload=alert(1)>"));
        Assert.Equal(["an event handler attribute onerror on <img>"], Audit("<div><![CDATA[ x > <img src=x onerror=alert(1)> ]]></div>"));
    }

    [Fact]
    public void Noscript_svg_math_and_templates_are_audited()
    {
        Assert.Single(Audit("<noscript><a href=\"/no-script/\" onclick=x>n</a></noscript>"));
        // In SVG the DOM names xlink:href by its local name.
        Assert.Equal(["the URL 'javascript:alert(1)' in href on <a>"], Audit("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>"));
        Assert.Equal(["an event handler attribute onclick on <clipPath>"], Audit("<svg><defs><clipPath id=c onclick=x><rect/></clipPath></defs></svg>"));
        Assert.Equal(["a <style> element"], Audit("<svg><style>rect { fill: red }</style></svg>"));
        Assert.Equal(["an inline <script> element"], Audit("<template><a href=\"/in-template/\" id=t>t</a><script>alert(1)</script></template>"));
        Assert.Contains("an event handler attribute onerror on <img>", Audit("<select><style></select><img src=x onerror=alert(1)></style>"));
    }

    [Fact]
    public void Refreshes_and_connection_hints_are_audited()
    {
        Assert.Equal(["a refresh to 'javascript:alert(1)'"], Audit("<meta http-equiv=\"refresh\" content=\"0; url=/new/\"><meta http-equiv=Refresh content=\"0;URL='javascript:alert(1)'\">"));
        Assert.Equal(["the URL 'javascript:x' in href on <link>"], Audit("<link rel=preconnect href=\"https://fonts.example\"><link rel=\"DNS-Prefetch\" href=\"javascript:x\"><link rel=stylesheet href=\"/s.css\">"));
    }
}

/// <summary>
/// Every page of the real site carries, as rendering recorded them, exactly the links and ids a browser's
/// DOM finds in its HTML, in the same order; so the link check, which reads only what was recorded, misses nothing.
/// </summary>
[Collection(RealSiteCollection.Name)]
public class RecordedLinksRealSiteTests(RealSite site)
{
    [Fact]
    public void Every_built_page_records_the_links_and_ids_its_html_has()
    {
        var pages = site.Outputs.Where(o => o.IsHtml).ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages were built");
        Assert.True(pages.Any(p => p.Page!.Links.Any(l => l.At is { } at && at.File == p.Page.Source && at.Position.Line > 1)), "no link was recorded with its place in a content file");
        RecordedLinks.AssertMatchTheDom(pages);
    }

    /// <summary>Markdown the real site does not use yet, whose renderers write links and ids of their own (footnotes, headings, tables, lists).</summary>
    [Fact]
    public async Task Footnotes_and_every_other_markdown_feature_record_what_they_write()
    {
        using var fixture = new FixtureSite();
        fixture.Write("pages/about.md", """
            ---
            title: About
            summary: What this is.
            ---
            ## Team and *notes*

            A claim[^1] and another[^note], the first again[^1]. See [the team](#team-and-notes) and <https://example.net/x>.

            | A | B |
            |---|---|
            | [cell](/timeline/) | `code` |

            - [x] done, see [Baghdad](actor:baghdad)
            - [ ] open

            Term
            :   A definition with a [link](https://example.net/def).

            *[HTML]: HyperText Markup Language

            [^1]: The first note, with [a link](https://example.net/note).
            [^note]: The second.
            """);
        var outcome = await fixture.BuildAsync(checkOnly: true);
        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));

        var about = Assert.Single(outcome.Outputs, o => o.Path == "about/index.html");
        Assert.Contains(about.Page!.Ids, id => id.StartsWith("fn:", StringComparison.Ordinal));
        Assert.Contains(about.Page.Links, l => l.Href.StartsWith("#fnref:", StringComparison.Ordinal));
        RecordedLinks.AssertMatchTheDom([about]);
    }
}

internal static class RecordedLinks
{
    public static void AssertMatchTheDom(IEnumerable<StatiqSite.Engine.Output> pages)
    {
        foreach (var output in pages)
        {
            var page = Assert.IsType<StatiqSite.Engine.PageDocument>(output.Page);
            var (links, ids) = DomLinks.Read(output.AsText());
            Assert.True(links.SequenceEqual(page.Links.Select(l => l.Href)), $"{output.Path}: recorded links differ from the page's:\n{string.Join('\n', page.Links.Select(l => l.Href).Except(links))}\nvs\n{string.Join('\n', links.Except(page.Links.Select(l => l.Href)))}");
            Assert.True(ids.SequenceEqual(page.Ids), $"{output.Path}: recorded ids differ from the page's:\n{string.Join(' ', page.Ids.Except(ids))}\nvs\n{string.Join(' ', ids.Except(page.Ids))}");
        }
    }
}
