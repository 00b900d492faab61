using System.Globalization;
using System.Text;

namespace StatiqSite.Benchmarks;

/// <summary>The benchmark's commands: generate a corpus, build it several times (optionally against Hugo), measure preview latency.</summary>
public static class Commands
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Bumped whenever the generator's output changes, so that a stale corpus is regenerated.</summary>
    private const int CorpusVersion = 2;

    public static int Usage()
    {
        Console.Error.WriteLine("""
            usage: statiqsite-bench <command> [options]

              generate --n N [--out DIR]               write the synthetic corpus for N briefings
              run (--n N | --input DIR) [--app [LABEL=]PATH]... [--runs 5] [--hugo [PATH]] [--work DIR] [--json FILE]
                                                       build it as whole processes and report medians
              latency (--n N | --input DIR) [--app [LABEL=]PATH]... [--runs 3] [--edits 5] [--edit pages/about.md]
                                                       preview: start to first page served, and edit to reload event
              inproc (--n N | --input DIR) [--repeat 5] [--session] [--check] [--verbose]
                                                       several builds in one process: start-up vs steady state
              search (--n N | --input DIR) [--repeat 10] [--session]
                                                       the search index alone: documents, then files, CPU and allocations
              render (--n N | --input DIR) [--repeat 5]
                                                       the briefing pages on one thread: the theme's components against the
                                                       RazorSlices spike, checked byte for byte, CPU and allocations per page

            --app is a published form of the generator, repeatable, and the forms alternate within the
            run; a .dll runs as `dotnet PATH`. Default: those of bench/out/native/statiqsite,
            bench/out/r2r/statiqsite and bench/out/dotnet/statiqsite.dll that exist (bench/publish.sh
            writes them; bench/run.sh and bench/compare.sh call it). --hugo also builds the corpus's briefings with Hugo in
            the same run, alternating with ours, and prints our time divided by Hugo's. --work is where
            the runs write their sites (default bench/out/corpus-N/runs; /dev/shm/... takes the disk out).
            """);
        return 2;
    }

    public static int Generate(Arguments a)
    {
        int n = a.Number("n", 4000);
        string root = Path.GetFullPath(a.Text("out", CorpusFolder(n)));
        var size = Corpus.Generate(n, root);
        File.WriteAllText(Path.Combine(root, "corpus.txt"), Marker(n));
        Console.WriteLine(string.Create(Invariant, $"wrote {root}: {Describe(size)}"));
        return 0;
    }

    public static int Run(Arguments a)
    {
        var target = Target.From(a);
        var apps = App.From(a, BenchOut());
        int runs = a.Number("runs", 5);
        string? hugo = a.Has("hugo") ? a.Text("hugo") ?? "hugo" : null;
        if (hugo is not null && target.HugoSource is null)
        {
            throw new ArgumentException("--hugo needs a generated corpus (--n N), whose briefings are also Hugo content");
        }

        // Every run writes to a folder of its own, and all are deleted only at the end: deleting a large
        // tree just before a run would slow the run's file creation (ext4 without a journal skips
        // recently deleted inodes), and it would slow the generators unequally.
        string work = a.Text("work") is { } w ? Path.GetFullPath(w) : Path.Combine(target.WorkFolder, "runs");
        DeleteFolder(work);
        Directory.CreateDirectory(work);
        var ours = apps.ToDictionary(p => p.Label, _ => new List<Measurement>(), StringComparer.Ordinal);
        var theirs = new List<Measurement>();
        int ourPages = 0;
        int hugoPages = 0;

        // One untimed run of each first, so that all start from a warm file cache, then alternate the
        // timed runs so that all see the same machine load.
        for (int i = 0; i <= runs; i++)
        {
            foreach (var app in apps)
            {
                string site = Path.Combine(work, $"{app.Label}-{i}");
                var m = ProcessMeter.Run(app.FileName, app.Arguments(["build", "--input", target.Input, "--output", site]), target.WorkFolder);
                Check(m, app.Label);
                ourPages = CountHtml(site);
                if (i > 0)
                {
                    ours[app.Label].Add(m);
                }
            }

            if (hugo is not null)
            {
                string hugoOut = Path.Combine(work, $"hugo-{i}");
                DeleteFolder(Path.Combine(target.HugoSource!, "resources"));
                var h = ProcessMeter.Run(hugo, ["--source", target.HugoSource!, "--destination", hugoOut, "--quiet"], target.WorkFolder);
                Check(h, hugo);
                hugoPages = CountHtml(hugoOut);
                if (i > 0)
                {
                    theirs.Add(h);
                }
            }
        }

        DeleteFolder(work);
        var report = new StringBuilder();
        report.AppendLine(string.Create(Invariant, $"input: {target.Description}; output under {work}"));
        report.AppendLine(string.Create(Invariant, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}; {runs} timed runs each after one untimed, alternating; medians; peak memory from {(ProcessMeter.HasGnuTime ? "GNU time (max RSS)" : "polled VmHWM")}"));
        report.AppendLine(string.Create(Invariant, $"{"",-12} {"wall",9} {"cpu",9} {"peak",9} {"pages",7} {"pages/s",9}"));
        foreach (var app in apps)
        {
            report.AppendLine(Row(app.Label, ours[app.Label], ourPages));
        }

        if (hugo is not null)
        {
            report.AppendLine(Row("hugo", theirs, hugoPages));
            foreach (var app in apps)
            {
                var mine = ours[app.Label];
                double wall = Median(mine, m => m.WallSeconds) / Median(theirs, m => m.WallSeconds);
                double memory = Median(mine, m => m.PeakBytes) / Median(theirs, m => m.PeakBytes);
                double cpu = Median(mine, m => m.CpuSeconds) / Median(theirs, m => m.CpuSeconds);
                report.AppendLine(string.Create(Invariant, $"{app.Label} / hugo: wall {wall:F2}x, cpu {cpu:F2}x, peak memory {memory:F2}x"));
            }
        }

        Console.Write(report.ToString());
        if (a.Text("json") is { } json)
        {
            File.WriteAllText(json, Json(target, apps, ours, ourPages, theirs, hugoPages));
        }

        return 0;
    }

    public static Task<int> LatencyAsync(Arguments a) =>
        Latency.RunAsync(Target.From(a), App.From(a, BenchOut()), a.Number("runs", 3), a.Number("edits", 5), a.Text("edit", "pages/about.md"));

    internal static string Row(string name, List<Measurement> runs, int pages)
    {
        double wall = Median(runs, m => m.WallSeconds);
        return string.Create(Invariant,
            $"{name,-12} {wall,7:F3} s {Median(runs, m => m.CpuSeconds),7:F3} s {Median(runs, m => m.PeakBytes) / 1048576.0,5:F0} MiB {pages,7} {pages / wall,9:F0}");
    }

    internal static double Median<T>(IEnumerable<T> items, Func<T, double> value)
    {
        var sorted = items.Select(value).Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    internal static string CorpusFolder(int n) => Path.Combine(BenchOut(), $"corpus-{n}");

    /// <summary>Makes sure the corpus for n exists and is current; returns its folder.</summary>
    internal static string EnsureCorpus(int n)
    {
        string root = CorpusFolder(n);
        string marker = Path.Combine(root, "corpus.txt");
        if (!File.Exists(marker) || File.ReadAllText(marker) != Marker(n))
        {
            Console.Error.WriteLine(string.Create(Invariant, $"generating the corpus for N={n} in {root} ..."));
            Corpus.Generate(n, root);
            File.WriteAllText(marker, Marker(n));
        }

        return root;
    }

    internal static string Describe(Corpus.Size s) => string.Create(Invariant,
        $"{s.Briefings} briefings, {s.Events} events, {s.Actors} actors, {s.Explainers} explainers, {s.Figures} figures");

    private static string Marker(int n) => string.Create(Invariant, $"n={n} version={CorpusVersion}\n");

    /// <summary>bench/out beside this project's folder, found by walking up to the solution.</summary>
    private static string BenchOut()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "StatiqSite.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? Directory.GetCurrentDirectory(), "bench", "out");
    }

    private static void Check(Measurement m, string what)
    {
        if (m.ExitCode != 0)
        {
            throw new ArgumentException($"{what} exited with {m.ExitCode}:\n{m.Stderr}");
        }
    }

    private static int CountHtml(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories).Count() : 0;

    private static void DeleteFolder(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private static string Json(Target target, IReadOnlyList<App> apps, Dictionary<string, List<Measurement>> ours, int ourPages, List<Measurement> theirs, int hugoPages)
    {
        string Entry(List<Measurement> runs, int pages) => string.Create(Invariant,
            $"{{\"wall_s\": {Median(runs, m => m.WallSeconds):F3}, \"cpu_s\": {Median(runs, m => m.CpuSeconds):F3}, \"peak_mib\": {Median(runs, m => m.PeakBytes) / 1048576.0:F0}, \"pages\": {pages}, \"runs\": {runs.Count}}}");
        string hugo = theirs.Count == 0 ? "null" : Entry(theirs, hugoPages);
        string forms = string.Join(", ", apps.Select(p => $"\"{p.Label}\": {Entry(ours[p.Label], ourPages)}"));
        return $"{{\"input\": \"{target.Description}\", \"statiqsite\": {{{forms}}}, \"hugo\": {hugo}}}\n";
    }

    /// <summary>What is built: a generated corpus (with its Hugo copy) or an existing input folder.</summary>
    internal sealed record Target(string Input, string? HugoSource, string WorkFolder, string Description)
    {
        public static Target From(Arguments a)
        {
            if (a.Text("input") is { } input)
            {
                string full = Path.GetFullPath(input);
                if (!File.Exists(Path.Combine(full, "site.yml")))
                {
                    throw new ArgumentException($"--input {input} has no site.yml");
                }

                string work = Path.Combine(BenchOut(), "work-" + Path.GetFileName(Path.GetDirectoryName(full + "/")!));
                Directory.CreateDirectory(work);
                return new Target(full, null, work, full);
            }

            int n = a.Number("n", 4000);
            string root = EnsureCorpus(n);
            return new Target(Path.Combine(root, "input"), Path.Combine(root, "hugo"), root,
                string.Create(Invariant, $"synthetic corpus N={n} ({Describe(Corpus.SizeFor(n))})"));
        }
    }
}
