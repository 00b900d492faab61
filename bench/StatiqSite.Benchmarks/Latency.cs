using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StatiqSite.Benchmarks;

/// <summary>
/// Preview, as its user meets it: the time from starting <c>preview</c> on a copy of the input until its
/// first page is served, then, listening to its event stream like a browser would, the time from editing
/// one file until the reload event arrives. Each form starts afresh in every round, and the forms take
/// turns, so that all see the same machine load.
/// </summary>
public static partial class Latency
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <param name="edit">The file to edit, relative to the input folder; its edits must change the built site.</param>
    internal static async Task<int> RunAsync(Commands.Target target, IReadOnlyList<App> apps, int rounds, int edits, string edit)
    {
        string input = Path.Combine(target.WorkFolder, "latency-input");
        Copy(target.Input, input);
        string file = Path.Combine(input, edit);
        if (!File.Exists(file))
        {
            throw new ArgumentException($"--edit {edit}: no such file in {target.Input}");
        }

        string original = await File.ReadAllTextAsync(file);
        var starts = apps.ToDictionary(p => p.Label, _ => new List<double>(), StringComparer.Ordinal);
        var reloads = apps.ToDictionary(p => p.Label, _ => new List<double>(), StringComparer.Ordinal);
        try
        {
            for (int round = 0; round < rounds; round++)
            {
                foreach (var app in apps)
                {
                    var (start, times) = await SessionAsync(app, target, input, file, original, edits);
                    starts[app.Label].Add(start);
                    reloads[app.Label].AddRange(times);
                }
            }
        }
        finally
        {
            await File.WriteAllTextAsync(file, original);
        }

        Console.WriteLine($"input: {target.Description}; {edit} edited each time");
        Console.WriteLine(string.Create(Invariant, $"{rounds} preview starts per form, {edits} timed edits after one untimed in each; medians (min-max)"));
        Console.WriteLine(string.Create(Invariant, $"{"",-10} {"start to first page",24} {"edit to reload event",24}"));
        foreach (var app in apps)
        {
            Console.WriteLine(string.Create(Invariant, $"{app.Label,-10} {Span(starts[app.Label]),24} {Span(reloads[app.Label]),24}"));
        }

        return 0;
    }

    private static string Span(List<double> ms) =>
        string.Create(Invariant, $"{Commands.Median(ms, t => t),6:F0} ms ({ms.Min():F0}-{ms.Max():F0})");

    private static async Task<(double Start, List<double> Reloads)> SessionAsync(App app, Commands.Target target, string input, string file, string original, int edits)
    {
        await File.WriteAllTextAsync(file, original);
        var start = new ProcessStartInfo(app.FileName)
        {
            WorkingDirectory = target.WorkFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string output = Path.Combine(target.WorkFolder, "latency-output-" + app.Label);
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        foreach (string arg in app.Arguments(["preview", "--input", input, "--output", output, "--port", "0"]))
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + app.FileName);
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            int port = await PortAsync(process);
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            (await http.GetAsync(new Uri($"http://127.0.0.1:{port}/"))).EnsureSuccessStatusCode();
            double started = clock.Elapsed.TotalMilliseconds;

            await using var stream = await http.GetStreamAsync(new Uri($"http://127.0.0.1:{port}/__preview/events"));
            using var events = new StreamReader(stream);
            var times = new List<double>();
            for (int i = 0; i <= edits; i++)
            {
                await Task.Delay(400);
                clock.Restart();
                await File.WriteAllTextAsync(file, original.TrimEnd('\n') + string.Create(Invariant, $"\n\nEdit number {i}.\n"));
                await WaitForReloadAsync(events);
                if (i > 0)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            return (started, times);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<int> PortAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = ServingLine().Match(line);
            if (match.Success)
            {
                _ = DrainAsync(process.StandardOutput);
                return int.Parse(match.Groups[1].Value, Invariant);
            }
        }

        throw new InvalidOperationException("preview exited before it started serving");
    }

    private static async Task DrainAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is not null)
        {
        }
    }

    private static async Task WaitForReloadAsync(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await events.ReadLineAsync(timeout.Token).AsTask().WaitAsync(timeout.Token).ConfigureAwait(false) is { } line)
        {
            if (line.StartsWith("event: reload", StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new InvalidOperationException("the event stream closed");
    }

    private static void Copy(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }

        foreach (string path in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }
    }

    [GeneratedRegex(@"https?://[^:/\s]+:(\d+)")]
    private static partial Regex ServingLine();
}
