using StatiqSite.Publishing;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Publishing;

/// <summary>
/// The streaming page reader behind the link check and the output audit: what it must find in markup a
/// tokenizer reads differently from a naive scan, that it finds exactly what AngleSharp's full parser (a
/// DOM) finds, and that it hands a page to that parser whenever the tree builder's choices matter.
/// </summary>
public class PageReaderTests
{
    private static string Page(string body) => $"<!DOCTYPE html><html><head><title>t</title></head><body>{body}</body></html>";

    /// <summary>Reads a body with the streaming reader, which must not need the tree builder, and checks it against the DOM.</summary>
    private static ParsedPage Streamed(string body)
    {
        var streamed = PageReader.Stream(Page(body));
        Assert.NotNull(streamed);
        var tree = PageReader.Tree(Page(body));
        AssertSameReading(tree, streamed);

        // The quick scanner may leave a page to the tokenizer, but what it reads it reads the same.
        if (PageReader.Scan(Page(body)) is { } scanned)
        {
            AssertSameReading(tree, scanned);
        }

        return streamed;
    }

    private static void AssertSameReading(ParsedPage expected, ParsedPage actual)
    {
        Assert.Equal(expected.Ids.All, actual.Ids.All);
        Assert.Equal(expected.Links, actual.Links);
        Assert.Equal(expected.Unsafe, actual.Unsafe);
    }

    [Fact]
    public void Attribute_values_are_decoded_as_a_browser_decodes_them()
    {
        var page = Streamed("<A HREF=&#106;avascript:alert(1)>x</A><a href='/q?a=1&amp;b=2'>y</a><a href=\"/x/\" href=\"javascript:alert(2)\">z</a>");
        Assert.Equal(["javascript:alert(1)", "/q?a=1&b=2", "/x/"], page.Links);
        Assert.Equal(["the URL 'javascript:alert(1)' in href on <a>"], page.Unsafe);
    }

    [Fact]
    public void Unquoted_values_and_uppercase_names_are_read()
    {
        var page = Streamed("<DIV ID=Here><IMG SRC=/a.png ALT=x><P OnMouseOver=alert(1)>p</P></DIV>");
        Assert.Equal(["Here"], page.Ids.All);
        Assert.Equal(["/a.png"], page.Links);
        Assert.Equal(["an event handler attribute onmouseover on <p>"], page.Unsafe);
    }

    [Fact]
    public void A_fake_end_inside_a_script_does_not_end_it_and_its_text_is_not_markup()
    {
        var page = Streamed("<script>if (a < b) { document.write(\"</scr\" + \"ipt><a href='/fake/' onclick=x>\"); }</script><a href=\"/real/\">r</a>");
        Assert.Equal(["/real/"], page.Links);
        Assert.Equal(["an inline <script> element"], page.Unsafe);
    }

    [Theory]
    [InlineData("<script>  \n\t </script>", "an empty <script> element")]
    [InlineData("<script>alert(1)</script>", "an inline <script> element")]
    [InlineData("<script src=\"//cdn.example/x.js\"></script>", "a <script> from '//cdn.example/x.js'")]
    [InlineData("<script><!--<script>x()</script>--></script>", "an inline <script> element")]
    public void Inline_scripts_are_told_by_their_text(string body, string problem)
    {
        Assert.Equal([problem], Streamed(body).Unsafe);
    }

    [Fact]
    public void A_script_that_is_the_site_s_own_file_or_data_is_safe()
    {
        var page = Streamed("<script src=\"/assets/app.js\" defer></script><script type=\"application/ld+json\">{\"a\": \"</p><img src=x onerror=alert(1)>\"}</script>");
        Assert.Empty(page.Unsafe);
        Assert.Equal(["/assets/app.js"], page.Links);
    }

    [Fact]
    public void Tags_in_comments_count_for_nothing()
    {
        var page = Streamed("<!-- <a href=\"/commented/\" id=c onclick=\"x\"> <script>alert(1)</script> --><!--> <a href=/after-empty-comment/>a</a><?php <a href=/pi/> ?>");
        Assert.Equal(["/after-empty-comment/"], page.Links);
        Assert.Empty(page.Ids.All);
        Assert.Empty(page.Unsafe);
    }

    [Fact]
    public void Anchors_and_ids_are_both_fragment_targets()
    {
        var page = Streamed("<a name=\"legacy\"></a><h2 id=\"team\">Team</h2><p id=\"\">empty ids name nothing</p><a name=\"team\"></a>");
        Assert.Equal(["legacy", "team"], page.Ids.All);
    }

    [Fact]
    public void Every_candidate_of_a_srcset_is_audited_and_src_is_the_link()
    {
        Assert.Empty(Streamed("<img src=\"/a.png\" srcset=\"/a.png 1x, /b.png 2x\">").Unsafe);
        var page = Streamed("<img src=\"/a.png\" srcset=\"/a.png 1x,javascript:alert(1) 2x\"><link rel=preload as=image imagesrcset=\"data:x 1x\">");
        Assert.Equal(["/a.png"], page.Links);
        Assert.Equal(["the URL 'javascript:alert(1)' in srcset on <img>", "the URL 'data:x' in imagesrcset on <link>"], page.Unsafe);
    }

    [Theory]
    [InlineData("<title><a href=\"/in-title/\" onclick=x></title>")]
    [InlineData("<textarea><img src=/in-textarea.png onerror=alert(1)></textarea>")]
    [InlineData("<xmp><a href=\"/in-xmp/\"></xmp>")]
    [InlineData("<noembed><a href=\"/in-noembed/\"></noembed>")]
    [InlineData("<noframes><a href=\"/in-noframes/\"></noframes>")]
    public void Text_elements_hold_text_not_markup(string body)
    {
        var page = Streamed(body + "<a href=\"/after/\">a</a>");
        Assert.Equal(["/after/"], page.Links);
        Assert.Empty(page.Unsafe);
    }

    [Fact]
    public void Raw_text_ends_where_a_browser_ends_it()
    {
        // The comment opener inside <style> is text, so the image after </style> is markup a browser runs.
        var page = Streamed("<style><!--</style><img src=x onerror=alert(1)>-->");
        Assert.Equal(["a <style> element", "an event handler attribute onerror on <img>"], page.Unsafe);
        Assert.Equal(["a <iframe> element", "an event handler attribute onload on <img>"], Streamed("<iframe><a href=/x/></iframe><img src=/y.png onload=alert(1)>").Unsafe);
    }

    [Fact]
    public void After_plaintext_everything_is_text()
    {
        var page = Streamed("<a href=\"/before/\">b</a><plaintext><a href=\"/after/\" onclick=x></plaintext><script>alert(1)</script>");
        Assert.Equal(["/before/"], page.Links);
        Assert.Empty(page.Unsafe);
    }

    [Fact]
    public void Noscript_is_read_as_markup_which_is_the_stricter_reading()
    {
        var page = Streamed("<noscript><a href=\"/no-script/\" onclick=x>n</a></noscript>");
        Assert.Equal(["/no-script/"], page.Links);
        Assert.Single(page.Unsafe);
    }

    [Fact]
    public void Svg_and_math_are_read_as_foreign_content()
    {
        // A chart as the theme draws it: title and desc hold text, and ids for aria-labelledby.
        var chart = Streamed("<svg role=img viewBox=\"0 0 10 10\" aria-labelledby=\"t d\"><title id=t>A &amp; B</title><desc id=d>x < y</desc>"
            + "<g class=row><title>row</title><rect x=0 y=0 width=1 height=1 /><text>1</text></g><line x1=0 y1=0 x2=1 y2=1/></svg><a href=\"/after/\">a</a>");
        Assert.Equal(["d", "t"], chart.Ids.All);
        Assert.Equal(["/after/"], chart.Links);

        // SVG's xlink:href is a link named href, as AngleSharp's DOM names it; in HTML it is just an attribute.
        var svgLink = Streamed("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg><a xlink:href=\"data:x\">h</a>");
        Assert.Equal(["javascript:alert(1)"], svgLink.Links);
        Assert.Equal(["the URL 'javascript:alert(1)' in href on <a>", "the URL 'data:x' in xlink:href on <a>"], svgLink.Unsafe);
        Assert.Equal(["an event handler attribute onclick on <clipPath>"], Streamed("<svg><defs><clipPath id=c onclick=x><rect/></clipPath></defs></svg>").Unsafe);
        Assert.Equal(["a <style> element"], Streamed("<svg><style>rect { fill: red }</style></svg>").Unsafe);
        Assert.Equal(["/m/"], Streamed("<math><mrow id=m><mi>x</mi></mrow></math><svg><math><a href=\"/m/\">m</a></math></svg>").Links);
    }

    [Fact]
    public void Cdata_is_text_in_svg_and_a_bogus_comment_in_html()
    {
        Assert.Empty(Streamed("<svg><![CDATA[</svg><img src=x onerror=alert(1)>]]></svg>").Unsafe);

        // In HTML the bogus comment ends at the first '>': what follows is markup.
        var html = Streamed("<div><![CDATA[ x > <img src=x onerror=alert(1)> ]]></div>");
        Assert.Equal(["an event handler attribute onerror on <img>"], html.Unsafe);
    }

    [Fact]
    public void Meta_refresh_targets_are_links_and_audited()
    {
        var page = Streamed("<meta http-equiv=\"refresh\" content=\"0; url=/new/\"><meta http-equiv=Refresh content=\"0;URL='javascript:alert(1)'\">");
        Assert.Equal(["/new/", "javascript:alert(1)"], page.Links);
        Assert.Equal(["a refresh to 'javascript:alert(1)'"], page.Unsafe);
    }

    [Fact]
    public void Preconnect_hints_are_not_links_but_are_audited()
    {
        var page = Streamed("<link rel=preconnect href=\"https://fonts.example\"><link rel=\"DNS-Prefetch\" href=\"javascript:x\"><link rel=stylesheet href=\"/s.css\">");
        Assert.Equal(["/s.css"], page.Links);
        Assert.Equal(["the URL 'javascript:x' in href on <link>"], page.Unsafe);
    }

    /// <summary>Markup where the tree builder's insertion mode decides how the text after a tag is read.</summary>
    public static TheoryData<string> NeedsTheTreeBuilder => new()
    {
        "<select><option>x</option></select><a href=\"/after/\">a</a>",
        "<template><a href=\"/in-template/\" id=t onclick=x>t</a></template>",
        "<frameset><frame src=\"/f.html\"></frameset>",
        "<svg><foreignObject><div><a href=\"/in-svg/\">x</a></div></foreignObject></svg>",
        "<svg><desc><b>bold</b></desc></svg>",
        "<math><mi><a href=\"/m/\">x</a></mi></math>",
        "<svg><p>breaks out</p></svg>",
        "<svg><script>alert(1)</script></svg>",
        "<div><svg><g></div><style>x</style>",
    };

    [Theory]
    [MemberData(nameof(NeedsTheTreeBuilder))]
    public void Markup_that_depends_on_the_tree_builder_is_read_with_it(string body)
    {
        Assert.Null(PageReader.Stream(Page(body)));
        AssertSameReading(PageReader.Tree(Page(body)), PageReader.Read(new PageToCheck("p.html", Page(body), null)));
    }

    [Fact]
    public void Inside_select_a_style_tag_is_ignored_so_the_image_after_it_is_audited()
    {
        // AngleSharp's tree builder ignores <style> in <select>: the comment opener is not raw text.
        var page = PageReader.Read(new PageToCheck("p.html", Page("<select><style></select><img src=x onerror=alert(1)></style>"), null));
        Assert.Contains("an event handler attribute onerror on <img>", page.Unsafe);
    }

    [Fact]
    public void A_template_s_contents_are_audited_but_are_not_link_targets()
    {
        var page = PageReader.Read(new PageToCheck("p.html", Page("<template><a href=\"/in-template/\" id=t>t</a><script>alert(1)</script></template>"), null));
        Assert.Empty(page.Links);
        Assert.Empty(page.Ids.All);
        Assert.Equal(["an inline <script> element"], page.Unsafe);
    }
}

/// <summary>Every page of the real site is read by the streaming reader alone, with the same result as a DOM.</summary>
[Collection(RealSiteCollection.Name)]
public class PageReaderRealSiteTests(RealSite site)
{
    [Fact]
    public void Every_built_page_streams_and_reads_as_the_dom_does()
    {
        var files = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(files.Length > 100, $"only {files.Length} pages were built");
        bool sawChart = false;
        int scannedPages = 0;
        foreach (string file in files)
        {
            byte[] bytes = File.ReadAllBytes(file);
            string html = File.ReadAllText(file);
            sawChart |= html.Contains("<svg", StringComparison.Ordinal);
            Assert.True(PageReader.Stream(html) is not null, $"{file} needed the tree builder");
            var scanned = PageReader.Scan(html);
            Assert.True(scanned is not null || html.Contains("<svg", StringComparison.Ordinal), $"{file} has no chart, yet the quick scanner left it to the tokenizer");
            if (scanned is not null)
            {
                scannedPages++;
                Assert.Equal(PageReader.Tree(html).Links, scanned.Links);
                Assert.Equal(PageReader.Tree(html).Ids.All, scanned.Ids.All);
                Assert.Equal(PageReader.Tree(html).Unsafe, scanned.Unsafe);
            }

            var streamed = PageReader.Read(file, bytes, null);
            var tree = PageReader.Tree(html);
            Assert.Equal(tree.Ids.All, streamed.Ids.All);
            Assert.Equal(tree.Links, streamed.Links);
            Assert.Equal(tree.Unsafe, streamed.Unsafe);
            Assert.NotEmpty(streamed.Links);
        }

        Assert.True(sawChart, "no page of the real site has an SVG chart, so foreign content went untested");
        Assert.True(scannedPages > files.Length / 2, $"the quick scanner read only {scannedPages} of {files.Length} pages");
    }
}
