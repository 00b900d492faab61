using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Encodings.Web;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Pipelines;
using StatiqSite.RenderSpike;
using StatiqSite.Theme;
using ThemeBriefingPage = StatiqSite.Theme.Pages.BriefingPage;
using SliceBriefingPage = StatiqSite.RenderSpike.Slices.BriefingPage;

namespace StatiqSite.Benchmarks;

/// <summary>
/// What the renderer itself costs, per briefing page, in one process and on one thread: the theme's components
/// through PageRenderer (HtmlRenderer, then PageRecorder reading the render tree), against the same page written
/// by the spike's RazorSlices templates, recording links and ids as they write. The briefings are built once by
/// the real pipelines, whose pages and lists are the reference every slice page is compared with. See the
/// renderer spike in docs/performance.md.
/// </summary>
public static class RenderSpike
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(Arguments a)
    {
        var target = Commands.Target.From(a);
        int repeat = a.Number("repeat", 5);
        var pages = await BriefingPages(target);
        if (pages is null)
        {
            Console.Error.WriteLine("the input has errors; run a build to see them");
            return 1;
        }

        using var theme = pages.Value.Theme;
        var buffer = new PageBuffer();
        var recorder = new SliceRecorder();
        var (report, briefings, identical) = Compare(pages.Value.Pages, buffer, recorder);
        Console.WriteLine(string.Create(Invariant, $"input: {target.Description}; {pages.Value.Pages.Count} briefing pages, rendered on one thread, {repeat} timed passes each way after one untimed"));
        Console.WriteLine(report);
        if (!identical || briefings.Count == 0)
        {
            // Timing pages that differ would not compare like with like.
            Console.Error.WriteLine("the slices do not write every page as the theme does; nothing was timed");
            return 1;
        }

        var ways = new (string Name, Func<Page, byte[]> Render)[]
        {
            ("components (PageRenderer, with PageRecorder)", p => theme.Renderer.RenderPage<ThemeBriefingPage>(p.Parameters()).Html),
            ("slices, recording links and ids", p => Slice(p, buffer, recorder).Html),
            ("slices, not recording", p => Slice(p, buffer, null).Html),
        };
        var results = ways.Select(_ => new List<Pass>()).ToArray();
        for (int i = 0; i <= repeat; i++)
        {
            for (int w = 0; w < ways.Length; w++)
            {
                var pass = Time(briefings, ways[w].Render);
                if (i > 0)
                {
                    results[w].Add(pass);
                }
            }
        }

        Console.WriteLine(string.Create(Invariant, $"pages average {briefings.Average(p => p.Html.Length) / 1024:F1} KiB, which each way allocates once more as the page's own array"));
        Console.WriteLine(string.Create(Invariant, $"{"medians",-46} {"CPU/page",10} {"wall/page",10} {"alloc/page",11} {"CPU, all",10} {"alloc, all",11}"));
        for (int w = 0; w < ways.Length; w++)
        {
            double cpu = Commands.Median(results[w], p => p.CpuMs);
            double wall = Commands.Median(results[w], p => p.WallMs);
            double bytes = Commands.Median(results[w], p => p.Bytes);
            int n = briefings.Count;
            Console.WriteLine(string.Create(Invariant,
                $"{ways[w].Name,-46} {cpu * 1000 / n,7:F1} µs {wall * 1000 / n,7:F1} µs {bytes / n / 1024,8:F1} KiB {cpu,7:F0} ms {bytes / 1048576,7:F0} MiB"));
        }

        return 0;
    }

    /// <summary>One briefing page as the pipeline drew it: what it was given, and what it wrote and recorded.</summary>
    private sealed record Page(PageContext Context, Briefing Briefing, Briefing? Older, Briefing? Newer, ReadOnlyMemory<byte> Html, IReadOnlyList<PageLink> Links, IReadOnlyList<string> Ids)
    {
        /// <summary>The component's parameters, made per page as PagePipeline makes them.</summary>
        public Dictionary<string, object?> Parameters() => new(4, StringComparer.Ordinal)
        {
            [nameof(ThemeBriefingPage.Page)] = Context,
            [nameof(ThemeBriefingPage.Briefing)] = Briefing,
            [nameof(ThemeBriefingPage.Older)] = Older,
            [nameof(ThemeBriefingPage.Newer)] = Newer,
        };
    }

    private sealed record Pass(double CpuMs, double WallMs, long Bytes);

    private static Pass Time(IReadOnlyList<Page> pages, Func<Page, byte[]> render)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var cpu = Environment.CpuUsage.TotalTime;
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        long written = 0;
        foreach (var page in pages)
        {
            written += render(page).Length;
        }

        var pass = new Pass((Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds, clock.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
        return written > 0 ? pass : throw new InvalidOperationException("no page was written");
    }

    private static (byte[] Html, IReadOnlyList<PageLink> Links, IReadOnlyList<string> Ids) Slice(Page page, PageBuffer buffer, SliceRecorder? recorder)
    {
        recorder?.Clear();
        SliceRecorder.Current = recorder;
        using var slice = SliceBriefingPage.Create(new BriefingModel(page.Context, page.Briefing, page.Older, page.Newer));
        var done = slice.RenderAsync(buffer, HtmlEncoder.Default);
        try
        {
            // A slice that awaited something real would make this a different measurement.
            if (!done.IsCompleted)
            {
                throw new InvalidOperationException("a slice did not finish synchronously");
            }

            done.GetAwaiter().GetResult();
        }
        finally
        {
            SliceRecorder.Current = null;
        }

        return (buffer.ToArray(), recorder?.Links.ToArray() ?? [], recorder?.Ids.ToArray() ?? []);
    }

    /// <summary>
    /// How many slice pages equal the pipeline's, byte for byte and in their lists, with the first byte difference;
    /// and the pages the spike can write, which are the ones timed.
    /// </summary>
    private static (string Report, List<Page> Written, bool Identical) Compare(IReadOnlyList<Page> pages, PageBuffer buffer, SliceRecorder recorder)
    {
        int same = 0, sameLinks = 0, sameIds = 0;
        var report = new StringBuilder();
        var written = new List<Page>();
        var unsupported = new List<string>();
        foreach (var page in pages)
        {
            byte[] html;
            IReadOnlyList<PageLink> links;
            IReadOnlyList<string> ids;
            try
            {
                (html, links, ids) = Slice(page, buffer, recorder);
            }
            catch (NotSupportedException e)
            {
                buffer.Reset();
                unsupported.Add($"{page.Context.Meta.Url} ({e.Message})");
                continue;
            }

            written.Add(page);
            var expected = page.Html.Span;
            if (expected.SequenceEqual(html))
            {
                same++;
            }
            else if (report.Length == 0)
            {
                int at = expected.CommonPrefixLength(html);
                report.AppendLine(string.Create(Invariant, $"  first byte difference, {page.Context.Meta.Url} at byte {at}:"));
                report.AppendLine("    components: " + Around(expected, at));
                report.AppendLine("    slices:     " + Around(html, at));
            }

            sameLinks += page.Links.SequenceEqual(links) ? 1 : 0;
            sameIds += page.Ids.SequenceEqual(ids) ? 1 : 0;
        }

        foreach (string page in unsupported.Take(3))
        {
            report.AppendLine("  not written by the spike, so not timed: " + page);
        }

        return (string.Create(Invariant, $"compared: {same} of {written.Count} pages byte-identical, {sameLinks} with the same links, {sameIds} with the same ids; {unsupported.Count} the spike cannot write\n{report}").TrimEnd(), written, same == written.Count && sameLinks == same && sameIds == same);
    }

    private static string Around(ReadOnlySpan<byte> html, int at)
    {
        int from = Math.Max(0, at - 40);
        return Encoding.UTF8.GetString(html[from..Math.Min(html.Length, at + 60)]).ReplaceLineEndings("\\n");
    }

    /// <summary>Runs the pipelines the briefings need and keeps each briefing page with what it was given.</summary>
    private static async Task<(ThemePipeline Theme, List<Page> Pages)?> BriefingPages(Commands.Target target)
    {
        var content = new ContentPipeline();
        var theme = new ThemePipeline();
        var briefingsPipeline = new BriefingsPipeline();
        var options = new BuildOptions { InputPath = target.Input, OutputPath = Path.Combine(target.WorkFolder, "unused"), CheckOnly = true };
        var diagnostics = new DiagnosticBag();
        var result = await new PipelineEngine([content, theme, new HistoryPipeline(), briefingsPipeline]).RunAsync(options, diagnostics, Log.Silent);
        if (diagnostics.HasErrors)
        {
            theme.Dispose();
            return null;
        }

        var site = content.Site;
        var byUrl = Enumerable.Range(0, site.Briefings.Length).ToDictionary(i => site.Urls.Briefing(site.Briefings[i].Id), StringComparer.Ordinal);
        var pages = new List<Page>();
        foreach (var output in result.Outputs)
        {
            if (output.Page is { Meta: { } meta } document && byUrl.TryGetValue(document.Url, out int i))
            {
                pages.Add(new Page(
                    new PageContext(site, content.Strings, theme.Assets, meta),
                    site.Briefings[i],
                    i + 1 < site.Briefings.Length ? site.Briefings[i + 1] : null,
                    i > 0 ? site.Briefings[i - 1] : null,
                    output.Bytes,
                    document.Links,
                    document.Ids));
            }
        }

        return (theme, pages);
    }

    /// <summary>A reusable UTF-8 buffer the slices write into, as Utf8PageWriter is for the components; one page is copied out.</summary>
    private sealed class PageBuffer : PipeWriter
    {
        private byte[] buffer = new byte[64 * 1024];
        private int length;

        public override void Advance(int bytes) => length += bytes;

        public override Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint).AsMemory(length);

        public override Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint).AsSpan(length);

        public override void CancelPendingFlush()
        {
        }

        public override void Complete(Exception? exception = null)
        {
        }

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => new(new FlushResult(false, false));

        public byte[] ToArray()
        {
            byte[] page = buffer.AsSpan(0, length).ToArray();
            Reset();
            return page;
        }

        public void Reset() => length = 0;

        private byte[] Room(int sizeHint)
        {
            if (buffer.Length - length < Math.Max(sizeHint, 256))
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + sizeHint));
            }

            return buffer;
        }
    }
}
