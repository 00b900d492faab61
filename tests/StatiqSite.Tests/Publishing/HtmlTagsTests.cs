using StatiqSite.Publishing;

namespace StatiqSite.Tests.Publishing;

public class HtmlTagsTests
{
    [Fact]
    public void Reads_start_tags_and_their_attributes_as_the_HTML_tokenizer_does()
    {
        const string html = """
            <!DOCTYPE html><html lang=en><!-- <a href="/in-comment/"> -->
            <A HREF='/upper/?a=1&amp;b=2' id=first data-x>x</A>
            <a href="/first" href="/second" title="R&eacute;sum&#233; &quot;q&quot;">y</a>
            <script>var s = '<a href="/in-script/">';</script>
            <textarea><a href="/in-textarea/"></textarea>
            <img src=/unquoted.png alt="">
            </html>
            """;

        var tags = HtmlTags.Read(html).ToList();

        Assert.Equal(["html", "a", "a", "script", "textarea", "img"], tags.Select(t => t.Name));
        Assert.Equal("/upper/?a=1&b=2", tags[1]["href"]);
        Assert.Equal("first", tags[1]["id"]);
        Assert.Equal(string.Empty, tags[1]["data-x"]);
        Assert.Equal("/first", tags[2]["href"]);
        Assert.Equal("Résumé \"q\"", tags[2]["title"]);
        Assert.Equal("/unquoted.png", tags[5]["src"]);
        Assert.Null(tags[5]["href"]);
    }
}
