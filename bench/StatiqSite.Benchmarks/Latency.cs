using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StatiqSite.Benchmarks;

/// <summary>
/// Edit-to-reload latency: runs <c>preview</c> on a copy of the input, listens to its event stream like a
/// browser would, edits one briefing, and times from the write until the reload event arrives.
/// </summary>
public static partial class Latency
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <param name="edit">The file to edit, relative to the input folder; its edits must change the built site.</param>
    internal static async Task<int> RunAsync(Commands.Target target, string app, int runs, string edit)
    {
        string input = Path.Combine(target.WorkFolder, "latency-input");
        Copy(target.Input, input);
        string file = Path.Combine(input, edit);
        if (!File.Exists(file))
        {
            throw new ArgumentException($"--edit {edit}: no such file in {target.Input}");
        }

        string original = await File.ReadAllTextAsync(file);

        var start = new ProcessStartInfo(app)
        {
            WorkingDirectory = target.WorkFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "preview", "--input", input, "--output", Path.Combine(target.WorkFolder, "latency-output"), "--port", "0" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + app);
        _ = process.StandardError.ReadToEndAsync();
        try
        {
            int port = await PortAsync(process);
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            await using var stream = await http.GetStreamAsync(new Uri($"http://127.0.0.1:{port}/__preview/events"));
            using var events = new StreamReader(stream);
            var times = new List<double>();
            for (int i = 0; i <= runs; i++)
            {
                await Task.Delay(400);
                var clock = Stopwatch.StartNew();
                await File.WriteAllTextAsync(file, original.TrimEnd('\n') + string.Create(Invariant, $"\n\nEdit number {i}.\n"));
                await WaitForReloadAsync(events);
                if (i > 0)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine($"input: {target.Description}");
            Console.WriteLine(string.Create(Invariant,
                $"edit to reload event: median {Commands.Median(times, t => t):F0} ms over {runs} edits (min {times[0]:F0}, max {times[^1]:F0}); {edit} edited each time, after one untimed edit"));
            return 0;
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
