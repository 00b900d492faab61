using StatiqSite.Content.Model;
using StatiqSite.Discovery;

namespace StatiqSite.Tests.Discovery;

/// <summary>The one plain-text form of rendered Markdown, which search, the downloads, JSON-LD and the feed share.</summary>
public class PlainTextTests
{
    private static MarkdownText Rendered(params string[] html) =>
        new("(source)", TextPosition.Start) { Segments = [.. html.Select(h => (BodySegment)new HtmlSegment(h))] };

    [Fact]
    public void A_citation_keeps_the_sources_name_in_both_its_brackets()
    {
        var text = Rendered("<p>Strikes hit the militias (<a href=\"/sources/a/\">Analysis ¶5</a>), and (¶6) more.</p>");

        Assert.Equal("Strikes hit the militias (Analysis), and more.", PlainText.Of(text));
        Assert.Equal("Strikes hit the militias (Analysis ¶5), and (¶6) more.", PlainText.Of(text, keepLocators: true));
    }

    [Fact]
    public void Lines_wrapped_in_the_markdown_are_spaces_and_only_blocks_break_lines()
    {
        var text = Rendered("<p>The first\nparagraph runs on.</p>\n<p>The second &amp;\r\nlast.</p>", "<ul><li>One</li><li>Two</li></ul>");

        Assert.Equal("The first paragraph runs on.\nThe second & last.\nOne\nTwo", PlainText.Of(text));
        Assert.Equal("The first paragraph runs on.\n\nThe second & last.\n\nOne\n\nTwo", PlainText.Prose(text));
        Assert.Equal("The first paragraph runs on. The second & last. One Two", PlainText.Line(text));
    }
}
