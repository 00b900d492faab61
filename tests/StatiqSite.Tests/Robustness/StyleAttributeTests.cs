using StatiqSite.Publishing;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Robustness;

/// <summary>
/// The Content-Security-Policy drops inline styles, so content may not put a style attribute into a page
/// by any route: table alignment and grid-table widths become classes, and the audit refuses the rest.
/// </summary>
public class StyleAttributeTests
{
    [Fact]
    public async Task Table_alignment_and_grid_table_widths_render_without_style_attributes()
    {
        using var site = new FixtureSite();
        site.Write("pages/about.md", """
            ---
            title: About
            summary: What this is.
            ---
            | Left | Centre | Right |
            |:-----|:------:|------:|
            | a    | b      | c     |

            +------------+----+
            | Wide       | N  |
            +============+====+
            | one        | 1  |
            +------------+----+
            """);

        var outcome = await site.BuildAsync();

        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        string html = File.ReadAllText(Path.Combine(site.Output, "about", "index.html"));
        Assert.DoesNotContain("style=", html, StringComparison.OrdinalIgnoreCase);
        var page = Html.Parse(html);
        Assert.Equal(["align-left", "align-center", "align-right"], page.QuerySelectorAll("table")[0].QuerySelectorAll("td").Select(td => td.ClassName));
        Assert.Equal(2, page.QuerySelectorAll("table").Length);
        Assert.Contains("td.align-right", File.ReadAllText(Path.Combine(Repo.Assets, "site.css")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<td style=\"text-align: right\">1</td>")]
    [InlineData("<col STYLE=width:50%>")]
    [InlineData("<svg><rect style=\"fill: red\"/></svg>")]
    public void The_audit_refuses_a_style_attribute_anywhere(string element)
    {
        var problems = HtmlAudit.Problems($"<!DOCTYPE html><html><head></head><body><table>{element}</table></body></html>");

        Assert.Contains(problems, p => p.Contains("style attribute", StringComparison.Ordinal));
    }
}
