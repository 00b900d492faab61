using StatiqSite.Diagnostics;
using StatiqSite.Markup;
using StatiqSite.Pipelines;
using StatiqSite.Publishing;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Robustness;

/// <summary>
/// The raw-HTML policy is "refuse outright". These tests show that no payload reaches a reader: a page
/// that fails is never written, and the output audit would refuse the payload even without the content check.
/// </summary>
public class RawHtmlTests
{
    /// <summary>Markdown payloads and whether the plain Markdig rendering (no content checks) keeps them dangerous.</summary>
    public static TheoryData<string, bool> Payloads => new()
    {
        { "<script>alert(1)</script>", true },
        { "Hello <script>alert(1)</script> there.", true },
        { "see <img src=x onerror=alert(1)> here.", true },
        { "<svg onload=alert(1)>", true },
        { "<iframe src=\"https://evil.example/\"></iframe>", true },
        { "<style>body { display: none }</style>", true },
        { "<object data=\"https://evil.example/x.swf\"></object>", true },
        { "<base href=\"https://evil.example/\">", true },
        { "[here](javascript:alert(1))", true },
        { "[here](JaVaScRiPt:alert(1))", true },
        { "[here](&#106;avascript:alert(1))", true },
        { "<javascript:alert(1)>", true },
        { "![a picture](javascript:alert(1))", true },
        { "[here][x]\n\n[x]: javascript:alert(1)", true },
        { "[here](data:text/html;base64,PHNjcmlwdD4=)", true },
        { "[here](vbscript:msgbox)", true },
        // Markdig percent-encodes the tab and the newline, which leaves a harmless relative URL.
        { "[here](java&#x09;script:alert(1))", false },
        { "[here](java&#10;script:alert(1))", false },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task A_page_with_a_payload_is_refused_and_nothing_is_written(string payload, bool dangerousWithoutChecks)
    {
        _ = dangerousWithoutChecks;
        using var site = new FixtureSite();
        site.AboutBody("Before.\n\n" + payload + "\n");

        var outcome = await site.BuildAsync();

        Assert.Equal(SiteBuilder.InputErrors, outcome.ExitCode);
        Assert.Contains(outcome.Diagnostics, d => d.Code is Codes.RawHtml or Codes.UnsafeUrl);
        Assert.Empty(outcome.Outputs);
        Assert.False(Directory.Exists(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root(), ".output.*"));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Without_the_content_checks_the_output_audit_still_refuses_the_payload(string payload, bool dangerousWithoutChecks)
    {
        // Markdig's own rendering, without the checks MarkupRenderer adds: what a page would hold if they were disabled.
        string html = Markdig.Markdown.ToHtml("Before.\n\n" + payload + "\n", MarkupRenderer.Pipeline);
        var problems = HtmlAudit.Problems($"<!DOCTYPE html><html><head></head><body>{html}</body></html>");
        if (dangerousWithoutChecks)
        {
            Assert.NotEmpty(problems);
        }
        else
        {
            Assert.Empty(problems);
            var links = Html.Parse(html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, href => Assert.Null(StatiqSite.Markup.Extensions.ContentLinks.ContentLinkResolver.Scheme(href)));
        }
    }

    [Fact]
    public void The_output_audit_is_part_of_every_build()
    {
        Assert.Single(SitePipelines.Create().OfType<HtmlAuditPipeline>());
    }

    [Fact]
    public async Task The_audit_fails_a_build_whose_page_would_run_script_naming_the_page()
    {
        var diagnostics = new StatiqSite.Diagnostics.DiagnosticBag();
        var leak = new StatiqSite.Engine.Output("leak/index.html", System.Text.Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head></head><body><script>alert(1)</script></body></html>"), StatiqSite.Engine.ContentTypes.Html, "input/pages/leak.md", "Leak");
        var ok = leak with { Path = "ok/index.html", Bytes = System.Text.Encoding.UTF8.GetBytes("<!DOCTYPE html><p>fine</p>"), Source = "input/pages/ok.md" };
        var engine = new StatiqSite.Engine.PipelineEngine([new Emit([leak, ok]), new HtmlAuditPipeline()]);
        await engine.RunAsync(new StatiqSite.Engine.BuildOptions { InputPath = "unused", OutputPath = "unused", Audit = true }, diagnostics, StatiqSite.Engine.Log.Silent);

        var found = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(StatiqSite.Diagnostics.Codes.UnsafeOutput, found.Code);
        Assert.Equal("input/pages/leak.md", found.File);
        Assert.Contains("leak/index.html would contain an inline <script> element", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_not_asked_to_audit_does_not_parse_its_pages()
    {
        var diagnostics = new StatiqSite.Diagnostics.DiagnosticBag();
        var leak = new StatiqSite.Engine.Output("leak/index.html", System.Text.Encoding.UTF8.GetBytes("<!DOCTYPE html><script>alert(1)</script>"), StatiqSite.Engine.ContentTypes.Html, "input/pages/leak.md", "Leak");
        var engine = new StatiqSite.Engine.PipelineEngine([new Emit([leak]), new HtmlAuditPipeline()]);
        await engine.RunAsync(new StatiqSite.Engine.BuildOptions { InputPath = "unused", OutputPath = "unused" }, diagnostics, StatiqSite.Engine.Log.Silent);

        Assert.Empty(diagnostics.ToSortedList());
    }

    private sealed class Emit(StatiqSite.Engine.Output[] outputs) : StatiqSite.Engine.Pipeline
    {
        public override Task ProcessAsync(StatiqSite.Engine.PipelineContext context)
        {
            context.AddRange(outputs);
            return Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData("<p>fine <a href=\"/events/x/\">x</a> <a href=\"https://example.org/\">y</a> <a href=\"mailto:a@example.org\">z</a></p>", 0)]
    [InlineData("<script src=\"/assets/app.js\" defer></script><script type=\"application/ld+json\">{}</script>", 0)]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=/events/x/\">", 0)]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0; url=javascript:alert(1)\">", 1)]
    [InlineData("<script src=\"https://cdn.example/x.js\"></script>", 1)]
    [InlineData("<script src=\"//cdn.example/x.js\"></script>", 1)]
    [InlineData("<a href=\"  java\tscript:alert(1)\">x</a>", 1)]
    [InlineData("<img srcset=\"/a.png 1x, javascript:alert(1) 2x\">", 1)]
    [InlineData("<form action=\"javascript:alert(1)\"><button formaction=\"data:x\">b</button></form>", 2)]
    [InlineData("<div OnMouseOver=\"alert(1)\">x</div>", 1)]
    [InlineData("<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", 1)]
    public void The_audit_tells_safe_from_unsafe_markup(string body, int problems)
    {
        Assert.Equal(problems, HtmlAudit.Problems($"<!DOCTYPE html><html><head></head><body>{body}</body></html>").Count);
    }

    [Fact]
    public async Task Text_fields_are_escaped_wherever_they_are_shown()
    {
        using var site = new FixtureSite();
        const string Title = "<script>alert('title')</script>";
        const string Summary = "\"><img src=x onerror=alert(2)>";
        site.Write("pages/about.md", $"---\ntitle: \"{Title}\"\nsummary: '{Summary}'\n---\nBody.\n");
        site.Replace("site.yml", "title: Test briefing", "title: \"Briefing </title><script>alert(3)</script>\"");

        var outcome = await site.BuildAsync();

        Assert.True(outcome.Succeeded, string.Join('\n', outcome.Diagnostics));
        var about = Html.Load(site.Output, "about/index.html");
        Assert.Equal(Title, about.QuerySelector("h1")?.TextContent);
        Assert.Equal(Summary, about.QuerySelector("p.lede")?.TextContent);
        Assert.Equal(Summary, about.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.StartsWith(Title, about.Title, StringComparison.Ordinal);
        foreach (string file in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            string html = File.ReadAllText(file);
            Assert.Empty(HtmlAudit.Problems(html));
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        }
    }
}
