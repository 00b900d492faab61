using StatiqSite.Content.Model;
using StatiqSite.Pipelines;

namespace StatiqSite.Tests.Pipelines;

/// <summary>Page descriptions made from Markdown summaries.</summary>
public class DescriptionTests
{
    [Fact]
    public void Drops_citations_and_markup_but_keeps_link_text()
    {
        var text = new MarkdownText(
            "A **U.S.** strike killed [Soleimani](actor:qassem-soleimani) in Baghdad ([¶1](source:a#1),\n[¶2](source:b#2)). Iran vowed revenge [¶3](source:a#3).",
            TextPosition.Start);
        Assert.Equal("A U.S. strike killed Soleimani in Baghdad. Iran vowed revenge.", Description.Of(text));
    }

    [Fact]
    public void Cuts_long_text_at_a_word_with_an_ellipsis()
    {
        string words = string.Join(' ', Enumerable.Repeat("sentence", 60));
        string description = Description.Of(new MarkdownText(words, TextPosition.Start));
        Assert.InRange(description.Length, 150, 200);
        Assert.EndsWith("sentence…", description, StringComparison.Ordinal);
    }
}
