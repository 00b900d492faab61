using System.Diagnostics;
using System.Globalization;
using StatiqSite.Engine;
using StatiqSite.Pipelines;

namespace StatiqSite.Benchmarks;

/// <summary>
/// Builds the same input several times in one process, to separate the first build's start-up costs
/// (loading, JIT) from the steady-state cost of the work itself, phase by phase (--verbose).
/// --session reuses one build session across the builds, as preview does, to measure rebuilds from the
/// caches; --check validates without writing.
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
            var clock = Stopwatch.StartNew();
            var options = new BuildOptions { InputPath = target.Input, OutputPath = output, CheckOnly = a.Has("check") };
            int files = (await SiteBuilder.RunAsync(options, log, session)).Outputs.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"build {i + 1}: {clock.Elapsed.TotalMilliseconds:F0} ms wall, {(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds:F0} ms CPU, {(GC.GetTotalAllocatedBytes() - allocated) / 1048576} MiB allocated, {GC.CollectionCount(0) - gcs} GCs pausing {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms, {files} files"));
        }

        return 0;
    }
}
