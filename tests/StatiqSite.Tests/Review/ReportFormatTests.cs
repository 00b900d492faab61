using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StatiqSite.Review;

namespace StatiqSite.Tests.Review;

/// <summary>The report's formats: the comment stays under GitHub's limit, the page needs nothing inline.</summary>
public partial class ReportFormatTests
{
    private static DiffReport Report(int pages, int wordsPerChange) => new()
    {
        BaseName = "main",
        BaseCommit = "0123456789abcdef0123456789abcdef01234567",
        HeadPages = pages,
        BasePages = pages,
        Changed = [.. Enumerable.Range(0, pages).Select(i => new PageChange($"/events/event-{i:D4}/", $"Event <{i}> *bold*", $"input/events/2020-01-01-event-{i:D4}.yml")
        {
            Fields = [new FieldChange("title", "Old & <b>", "New")],
            Text = [new TextHunk([new WordRun(EditKind.Same, "before"), new WordRun(EditKind.Removed, string.Join(' ', Enumerable.Repeat("gone", wordsPerChange))), new WordRun(EditKind.Added, "<script>alert(1)</script> [link](javascript:x)")])],
            CitationsAdded = ["article-one ¶2"],
        })],
        Moves = [new TimelineMove("strike", "The strike", null, "The vote", "The vote", null)],
    };

    [Fact]
    public void A_large_report_is_cut_to_fit_a_comment_with_a_note_of_how_much_is_left_out()
    {
        var report = Report(pages: 3000, wordsPerChange: 20);

        string markdown = MarkdownFormat.Write(report);

        Assert.True(markdown.Length <= MarkdownFormat.GitHubLimit, $"{markdown.Length} characters");
        Assert.StartsWith(MarkdownFormat.Marker, markdown, StringComparison.Ordinal);
        var note = TruncationNote().Match(markdown);
        Assert.True(note.Success, "no truncation note");
        int left = int.Parse(note.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        int total = int.Parse(note.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        int shown = Regex.Matches(markdown, @"^- ", RegexOptions.Multiline).Count;
        Assert.Equal(report.Changed.Count + report.Moves.Count, total);
        Assert.Equal(total, shown + left);
        Assert.True(shown > 10);
        Assert.Equal(Regex.Matches(markdown, "<details").Count, Regex.Matches(markdown, "</details>").Count);
    }

    [Fact]
    public void A_report_that_fits_is_whole_and_a_smaller_limit_cuts_it()
    {
        var report = Report(pages: 5, wordsPerChange: 3);

        string whole = MarkdownFormat.Write(report);
        Assert.DoesNotContain("Truncated", whole, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Matches(whole, @"^- ", RegexOptions.Multiline).Count);

        string cut = MarkdownFormat.Write(report, limit: whole.Length - 1);
        Assert.True(cut.Length < whole.Length);
        Assert.Matches(TruncationNote(), cut);
    }

    [Fact]
    public void Content_text_in_the_comment_is_literal_text_not_markup()
    {
        string markdown = MarkdownFormat.Write(Report(pages: 1, wordsPerChange: 1));

        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("[link](", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("*bold*", markdown, StringComparison.Ordinal);
        Assert.Contains("<del>gone</del>", markdown, StringComparison.Ordinal);
        Assert.Contains("<ins>&lt;script&gt;", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_report_has_no_inline_style_or_script_and_escapes_content()
    {
        using var folder = new Support.TempFolder();
        HtmlFormat.WriteFiles(Report(pages: 2, wordsPerChange: 2), folder.Path);

        string html = File.ReadAllText(Path.Combine(folder.Path, "index.html"));
        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, style, [style]"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Equal(HtmlFormat.StylesheetName, document.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(folder.Path, HtmlFormat.StylesheetName)));
        Assert.Equal("gone gone", document.QuerySelector(".hunks del")?.TextContent);
        Assert.Equal("<script>alert(1)</script> [link](javascript:x)", document.QuerySelector(".hunks ins")?.TextContent);
        Assert.Contains("The strike", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workflow_finds_its_comment_by_the_marker_and_both_hosts_publish_the_report()
    {
        string workflow = File.ReadAllText(Path.Combine(Support.Repo.Root, ".github", "workflows", "site.yml"));
        Assert.Contains($"'{MarkdownFormat.Marker}'", workflow, StringComparison.Ordinal);
        Assert.Contains("--markdown \"$RUNNER_TEMP/content-diff.md\"", workflow, StringComparison.Ordinal);
        Assert.Contains("readFileSync(`${process.env.RUNNER_TEMP}/content-diff.md`", workflow, StringComparison.Ordinal);
        Assert.Contains("--html output/_diff", workflow, StringComparison.Ordinal);
        Assert.Contains("--html output/_diff", File.ReadAllText(Path.Combine(Support.Repo.Root, ".ci", "netlify-build.sh")), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"_Truncated to fit GitHub's comment limit: (\d+) of (\d+) items")]
    private static partial Regex TruncationNote();
}
