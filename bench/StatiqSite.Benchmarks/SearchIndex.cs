using System.Diagnostics;
using System.Globalization;
using StatiqSite.Diagnostics;
using StatiqSite.Discovery.Search;
using StatiqSite.Engine;
using StatiqSite.Pipelines;

namespace StatiqSite.Benchmarks;

/// <summary>
/// Times the search index on its own: turning the site into search documents, then building the
/// files, several times in one process, with CPU and allocations, and the medians at the end.
/// --session keeps one cache across the runs, as preview does, and changes one document's summary
/// before each rebuild, as an edit to one briefing would.
/// </summary>
public static class SearchIndex
{
    public static async Task<int> RunAsync(Arguments a)
    {
        var target = Commands.Target.From(a);
        int repeat = a.Number("repeat", 10);
        var options = new BuildOptions { InputPath = target.Input, OutputPath = Path.Combine(target.WorkFolder, "unused"), CheckOnly = true };
        var content = new ContentPipeline();
        var diagnostics = new DiagnosticBag();
        await new PipelineEngine([content]).RunAsync(options, diagnostics, new Log(Console.Out, false));
        if (diagnostics.HasErrors)
        {
            Console.Error.WriteLine("the input has errors; run a build to see them");
            return 1;
        }

        var site = content.Site;
        var documents = new List<double>();
        var builds = new List<double>();
        var cache = a.Has("session") ? new SearchIndexCache() : null;
        var text = new SearchText(site.Language.Search);
        for (int i = 0; i < repeat; i++)
        {
            var (docs, fromMs, fromCpu, fromBytes) = Measure(() => SearchDocuments.From(site, cache));
            if (cache is not null && i > 0)
            {
                int k = docs.Length / 2;
                docs = docs.SetItem(k, docs[k] with { Summary = docs[k].Summary + string.Create(CultureInfo.InvariantCulture, $" edit {i}") });
            }

            var (files, buildMs, buildCpu, buildBytes) = Measure(() => SearchIndexBuilder.Build(docs, text, cache));
            documents.Add(fromMs);
            builds.Add(buildMs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {i + 1}: documents {fromMs:F0} ms ({fromCpu:F0} ms CPU, {fromBytes / 1048576} MiB), index {buildMs:F0} ms ({buildCpu:F0} ms CPU, {buildBytes / 1048576} MiB): {docs.Length} documents, {files.Count} files, {files.Sum(f => (long)f.Bytes.Length) / 1024} KiB"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median: documents {Median(documents):F0} ms, index {Median(builds):F0} ms"));
        return 0;
    }

    private static (T Result, double Ms, double CpuMs, long Allocated) Measure<T>(Func<T> work)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = work();
        return (result, clock.Elapsed.TotalMilliseconds, (Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
