using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading;

namespace StatiqSite.Tests.Loading;

public class FrontMatterTests
{
    private static readonly Origin File = new("input/pages/x.md", TextPosition.Start);

    [Fact]
    public void Splits_yaml_from_body_and_reports_the_body_start_line()
    {
        var bag = new DiagnosticBag();
        var split = FrontMatter.Split("---\ntitle: A\nsummary: B\n---\nHello\n\nWorld\n", File, bag);

        Assert.NotNull(split);
        Assert.Equal("title: A\nsummary: B\n", split.Yaml);
        Assert.Equal("Hello\n\nWorld\n", split.Body);
        Assert.Equal(5, split.BodyLine);
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void A_file_without_front_matter_is_an_error_at_line_one()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatter.Split("# Just a heading\n", File, bag));
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal(Codes.FrontMatterMissing, d.Code);
        Assert.Equal(1, d.Line);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatter.Split("---\ntitle: A\nsummary: B\n", File, bag));
        Assert.Equal(Codes.FrontMatterNotClosed, Assert.Single(bag.ToSortedList()).Code);
    }

    [Fact]
    public void A_delimiter_inside_a_later_code_block_does_not_close_the_front_matter()
    {
        var bag = new DiagnosticBag();
        Assert.Null(FrontMatter.Split("---\ntitle: A\n\n```yaml\n---\n```\n", File, bag));
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal(Codes.FrontMatterNotClosed, d.Code);
        Assert.Equal(4, d.Line);
    }

    [Fact]
    public void A_delimiter_inside_the_body_code_block_stays_in_the_body()
    {
        var bag = new DiagnosticBag();
        var split = FrontMatter.Split("---\ntitle: A\n---\n```\n---\n```\n", File, bag);
        Assert.NotNull(split);
        Assert.Equal("```\n---\n```\n", split.Body);
    }
}
