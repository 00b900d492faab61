using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Pipelines;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Benchmarks;

/// <summary>
/// Builds the same input several times in one process, to separate the first build's start-up costs
/// (loading, JIT) from the steady-state cost of the work itself, phase by phase (--verbose).
/// --document-pages adds a page per briefing, event and actor drawn with the theme's DocumentPage, a
/// stand-in for the reader pages when measuring the renderer on its own. --session reuses one build
/// session across the builds, as preview does, to measure rebuilds from the caches.
/// </summary>
public static class InProcess
{
    public static async Task<int> RunAsync(Arguments a)
    {
        var target = Commands.Target.From(a);
        int repeat = a.Number("repeat", 5);
        var log = new Log(Console.Out, a.Has("verbose"));
        var session = a.Has("session") ? new BuildSession() : null;
        for (int i = 0; i < repeat; i++)
        {
            string output = Path.Combine(target.WorkFolder, "inproc-site");
            var cpu = Environment.CpuUsage.TotalTime;
            long allocated = GC.GetTotalAllocatedBytes();
            var pause = GC.GetTotalPauseDuration();
            int gcs = GC.CollectionCount(0);
            if (a.Text("nogc") is { } nogc)
            {
                try
                {
                    Console.WriteLine($"no-GC region of {nogc} MiB: {GC.TryStartNoGCRegion(long.Parse(nogc, CultureInfo.InvariantCulture) * 1048576)}");
                }
                catch (ArgumentOutOfRangeException e)
                {
                    Console.WriteLine(e.Message);
                }
            }

            var clock = Stopwatch.StartNew();
            var options = new BuildOptions { InputPath = target.Input, OutputPath = output, CheckOnly = a.Has("check") };
            int files = a.Has("document-pages") ? await BuildWithDocumentPages(options, log) : (await SiteBuilder.RunAsync(options, log, session)).Outputs.Count;
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"build {i + 1}: {clock.Elapsed.TotalMilliseconds:F0} ms wall, {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds:F0} ms CPU, {(GC.GetTotalAllocatedBytes() - allocated) / 1048576} MiB allocated, {GC.CollectionCount(0) - gcs} GCs pausing {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms, {files} files"));
        }

        return 0;
    }

    private static async Task<int> BuildWithDocumentPages(BuildOptions options, Log log)
    {
        var pipelines = SitePipelines.Create().Append(new DocumentPagesPipeline()).ToList();
        var diagnostics = new DiagnosticBag();
        var result = await new PipelineEngine(pipelines).RunAsync(options, diagnostics, log);
        if (result.Succeeded && !options.CheckOnly)
        {
            var clock = Stopwatch.StartNew();
            OutputWriter.Write(result.Outputs, options.OutputPath, diagnostics);
            log.Verbose($"Output phase: {clock.ElapsedMilliseconds} ms ({result.Outputs.Count} files)");
        }

        foreach (var pipeline in pipelines.OfType<IDisposable>())
        {
            pipeline.Dispose();
        }

        return result.Outputs.Count;
    }

    private sealed class DocumentPagesPipeline : PagePipeline
    {
        public override Task ProcessAsync(PipelineContext context)
        {
            var site = SiteOf(context);
            var documents = new List<(IDocument Document, string Url)>();
            documents.AddRange(site.Briefings.Select(b => ((IDocument)b, site.Urls.Briefing(b.Id))));
            documents.AddRange(site.Events.Select(e => ((IDocument)new Page(e.Id, e.Title, e.Title, e.Summary, e.Origin), site.Urls.Event(e.Id))));
            documents.AddRange(site.Actors.Select(x => ((IDocument)new Page(x.Id, x.Name, x.Role, x.Summary, x.Origin), site.Urls.Actor(x.Id))));
            RenderEach(context, documents, d => Render<DocumentPage>(
                context,
                new PageMeta(d.Document.Title, d.Document.Summary, d.Url, "briefings") { SourceFile = d.Document.Origin.File },
                ("Document", d.Document)));
            return Task.CompletedTask;
        }
    }
}
