using System.Text;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Publishing;

namespace StatiqSite.Pipelines;

/// <summary>
/// Checks every internal link and #fragment in the built pages (an error, SS0602, that fails the build)
/// and lists external links: in the verbose log and in a report beside the output folder, fetched only
/// with --check-external.
/// </summary>
public sealed class LinkCheckPipeline : Pipeline
{
    /// <summary>A link broken on more pages than this is reported once: it comes from the theme, not from content.</summary>
    private const int CollapseAfter = 3;

    /// <summary>The sitemap and the feed are written after the pages, from their metadata; pages link to both.</summary>
    public override IReadOnlyList<Type> Dependencies => [typeof(ContentPipeline), typeof(SitemapPipeline), typeof(FeedPipeline)];

    public override async Task PostProcessAsync(PipelineContext context)
    {
        var site = context.Get<ContentPipeline>().Site;
        var outputs = context.ProcessOutputs;
        var files = outputs.Concat(context.OutputsOf<SitemapPipeline>()).Concat(context.OutputsOf<FeedPipeline>()).Select(o => o.Path).ToHashSet(StringComparer.Ordinal);

        // Each page's links and ids as rendering recorded them; in preview, a page whose output is the same
        // object as last build's keeps the same lookup.
        var html = outputs.Where(o => o.Page is not null).ToArray();
        var known = context.Session?.Cache<LinkedPages>().Pages;
        var pages = new LinkedPage[html.Length];
        for (int i = 0; i < html.Length; i++)
        {
            var o = html[i];
            pages[i] = known is null ? LinkedPage.Of(o) : known.GetValue(o, LinkedPage.Of);
        }

        var checker = new LinkChecker(site.Settings.BaseUrl, files);
        var idsByPath = LinkChecker.IdsByPath(pages);
        var checkedBefore = context.Session?.Cache<CheckedPages>();
        bool reuse = checkedBefore is not null && checkedBefore.StillValid(files, idsByPath);
        var checkedLinks = new PageLinks[pages.Length];
        int rechecked = 0;
        Parallel.For(0, pages.Length, context.Options.Parallel(), i =>
        {
            if (!reuse || !checkedBefore!.Results.TryGetValue(pages[i], out var result))
            {
                result = checker.CheckPage(pages[i], idsByPath);
                Interlocked.Increment(ref rechecked);
            }

            checkedLinks[i] = result;
        });
        checkedBefore?.Keep(files, idsByPath, pages, checkedLinks);

        var report = LinkChecker.Report(pages, checkedLinks);
        context.Log.Verbose($"link check: {report.Checked} links on {pages.Length} pages ({rechecked} checked in this build), {report.Broken.Count} broken, {report.External.Count} external");

        foreach (var group in report.Broken.GroupBy(b => (b.Href, b.Reason)))
        {
            // Pages, not links: one page repeating a bad link is that page's content, not the theme.
            var byPage = group.GroupBy(b => b.Page, StringComparer.Ordinal).ToList();
            if (byPage.Count > CollapseAfter)
            {
                var first = byPage[0].First();
                context.Diagnostics.Error(Codes.BrokenLink, OriginOf(first),
                    $"the link '{first.Href}' {first.Reason}; it is on {byPage.Count} pages ({checker.PageUrl(first.Page)} and others), so it likely comes from the theme");
                continue;
            }

            foreach (var onPage in byPage)
            {
                var broken = onPage.First();
                int times = onPage.Count();
                context.Diagnostics.Error(Codes.BrokenLink, OriginOf(broken),
                    $"on the page {checker.PageUrl(broken.Page)}, the link '{broken.Href}' {broken.Reason}{(times > 1 ? $" ({times} times on the page)" : string.Empty)}");
            }
        }

        foreach (var (url, on) in report.External)
        {
            context.Log.Verbose($"external: {url} (on {on.Count} page{(on.Count == 1 ? "" : "s")})");
        }

        IReadOnlyDictionary<string, ExternalResult>? results = null;
        if (context.Options.CheckExternal && report.External.Count > 0)
        {
            using var http = new HttpClient(PublicAddresses.Handler(context.Options.AllowPrivateAddresses ? _ => true : PublicAddresses.IsPublic));
            http.DefaultRequestHeaders.UserAgent.ParseAdd("StatiqSite-link-check/1.0");
            var fetcher = new ExternalLinkChecker(http, CachePath(context.Options), TimeProvider.System);
            results = await fetcher.CheckAsync(report.External.Keys, context.Cancellation);
            foreach (var (url, result) in results.Where(r => !r.Value.Ok))
            {
                var page = pages.First(p => p.Path == report.External[url][0]);
                context.Diagnostics.Warning(Codes.ExternalLinkBroken, new Origin(page.Source ?? page.Path, TextPosition.Start),
                    $"the external link {url} {result.Describe()} (on {report.External[url].Count} page{(report.External[url].Count == 1 ? "" : "s")}, first {checker.PageUrl(page.Path)})");
            }
        }

        if (!context.Options.CheckOnly)
        {
            try
            {
                WriteReport(context.Options, report, results, checker);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                context.Diagnostics.Error(Codes.OutputRefused, new Origin(ReportPath(context.Options), TextPosition.Start),
                    $"the list of external links could not be written beside the output, so the site was not written and the previous output was left as it was: {e.Message}");
            }
        }
    }

    /// <summary>The report of external links, beside the output folder and never inside the published site.</summary>
    public static string ReportPath(BuildOptions options) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputPath)) + ".external-links.txt";

    /// <summary>
    /// The check writes the report here, so that a report that cannot be written stops the build before the
    /// site is; <see cref="SettleReport"/> puts it in place only once the site is written, so that a build that
    /// fails later leaves the previous report with the previous output.
    /// </summary>
    private static string PendingReportPath(BuildOptions options) => ReportPath(options) + ".pending";

    /// <summary>Puts this build's report in place of the last, once its site is written.</summary>
    public static void SettleReport(BuildOptions options, DiagnosticBag diagnostics)
    {
        string pending = PendingReportPath(options);
        try
        {
            if (File.Exists(pending))
            {
                File.Move(pending, ReportPath(options), overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.OutputRefused, new Origin(ReportPath(options), TextPosition.Start),
                $"the site was written, but the list of external links beside it could not be replaced: {e.Message}");
        }
    }

    /// <summary>Drops the report of a build whose site was not written, so that the last report still describes the output.</summary>
    public static void DiscardReport(BuildOptions options)
    {
        try
        {
            File.Delete(PendingReportPath(options));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Litter beside the output at worst; the build's own error is what the user needs to see.
        }
    }

    private static string CachePath(BuildOptions options) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputPath)))!, ".statiqsite-cache", "external-links.json");

    private static void WriteReport(BuildOptions options, LinkReport report, IReadOnlyDictionary<string, ExternalResult>? results, LinkChecker checker)
    {
        var text = new StringBuilder("# External links in the built site, with the pages that use them.\n");
        text.Append(results is null ? "# Not fetched; build with --check-external to fetch them.\n" : "# Fetched with --check-external.\n");
        foreach (var (url, on) in report.External)
        {
            text.Append('\n').Append(url);
            if (results is not null && results.TryGetValue(url, out var result))
            {
                text.Append("  [").Append(result.Ok ? "ok " + result.Status : result.Describe()).Append(']');
            }

            text.Append('\n');
            foreach (string page in on)
            {
                text.Append("  ").Append(checker.PageUrl(page)).Append('\n');
            }
        }

        OutputWriter.Replace(PendingReportPath(options), Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static Origin OriginOf(BrokenLink broken) => broken.At ?? new(broken.Source ?? broken.Page, TextPosition.Start);

    /// <summary>
    /// Each page's links as checked in the last preview build. A page's result holds while the page is the
    /// same object and the build wrote the same files with the same ids on every page; otherwise every
    /// page is checked again (an edit that changes no heading or file name, the usual kind, keeps them).
    /// </summary>
    private sealed class CheckedPages
    {
        private HashSet<string>? files;
        private Dictionary<string, PageIds>? ids;

        public System.Runtime.CompilerServices.ConditionalWeakTable<LinkedPage, PageLinks> Results { get; private set; } = new();

        public bool StillValid(HashSet<string> nowFiles, Dictionary<string, PageIds> nowIds) =>
            files is not null && ids is not null && files.SetEquals(nowFiles) && ids.Count == nowIds.Count
            && nowIds.All(p => ids.TryGetValue(p.Key, out var before) && (ReferenceEquals(before, p.Value) || before.All.SequenceEqual(p.Value.All, StringComparer.Ordinal)));

        public void Keep(HashSet<string> nowFiles, Dictionary<string, PageIds> nowIds, LinkedPage[] pages, PageLinks[] results)
        {
            files = nowFiles;
            ids = nowIds;
            Results = new();
            for (int i = 0; i < pages.Length; i++)
            {
                Results.AddOrUpdate(pages[i], results[i]);
            }
        }
    }

    /// <summary>Pages looked up in earlier preview builds, by their output.</summary>
    private sealed class LinkedPages
    {
        public System.Runtime.CompilerServices.ConditionalWeakTable<Output, LinkedPage> Pages { get; } = new();
    }
}
