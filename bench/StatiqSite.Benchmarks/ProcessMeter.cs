using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace StatiqSite.Benchmarks;

/// <summary>One run of a whole process: wall time, CPU time (user + system) and peak resident memory.</summary>
public sealed record Measurement(double WallSeconds, double CpuSeconds, long PeakBytes, int ExitCode, string Stderr);

/// <summary>
/// Runs a command as a child process and measures it. CPU time comes from getrusage(RUSAGE_CHILDREN)
/// before and after (exact, since the runtime reaps the child); peak memory from GNU time's maximum
/// resident set size when /usr/bin/time exists (`apt-get install time`), otherwise from polling the
/// child's VmHWM in /proc, which can miss growth in its last few milliseconds.
/// </summary>
public static partial class ProcessMeter
{
    private const string GnuTime = "/usr/bin/time";

    public static bool HasGnuTime => File.Exists(GnuTime);

    public static Measurement Run(string fileName, IReadOnlyList<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        string? timeOutput = HasGnuTime ? Path.Combine(Path.GetTempPath(), $"statiqsite-bench-{Environment.ProcessId}.time") : null;
        var start = new ProcessStartInfo(timeOutput is null ? fileName : GnuTime)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (timeOutput is not null)
        {
            foreach (string a in new[] { "-f", "%M", "-o", timeOutput, "--", fileName })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var cpuBefore = ChildrenCpu();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + fileName);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long polled = 0;
        while (!process.WaitForExit(5))
        {
            polled = Math.Max(polled, PeakOfTree(process.Id));
        }

        double wall = clock.Elapsed.TotalSeconds;
        process.WaitForExit();
        _ = stdout.Result;
        double cpu = (ChildrenCpu() - cpuBefore).TotalSeconds;
        long peak = polled;
        if (timeOutput is not null && File.Exists(timeOutput))
        {
            string last = File.ReadAllLines(timeOutput).LastOrDefault(l => l.Trim().Length > 0 && char.IsAsciiDigit(l.Trim()[0])) ?? "0";
            peak = long.Parse(last.Trim(), CultureInfo.InvariantCulture) * 1024;
            File.Delete(timeOutput);
        }

        return new Measurement(wall, cpu, peak, process.ExitCode, stderr.Result);
    }

    /// <summary>The largest VmHWM of a process and its direct children (GNU time runs the real command as its child).</summary>
    private static long PeakOfTree(int pid)
    {
        long peak = ReadHwm(pid);
        try
        {
            foreach (string task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                string children = Path.Combine(task, "children");
                if (!File.Exists(children))
                {
                    continue;
                }

                foreach (string child in File.ReadAllText(children).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    peak = Math.Max(peak, ReadHwm(int.Parse(child, CultureInfo.InvariantCulture)));
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return peak;
    }

    private static long ReadHwm(int pid)
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    string kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }

    private static TimeSpan ChildrenCpu()
    {
        if (!OperatingSystem.IsLinux() || GetRusage(-1, out var usage) != 0)
        {
            return TimeSpan.Zero;
        }

        return TimeSpan.FromMicroseconds((usage.UserSeconds + usage.SystemSeconds) * 1_000_000.0 + usage.UserMicros + usage.SystemMicros);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds;
        public long UserMicros;
        public long SystemSeconds;
        public long SystemMicros;

        // The remaining fields of struct rusage (14 longs); only the sizes matter here.
        public long MaxRss, Ixrss, Idrss, Isrss, Minflt, Majflt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
    }

    [LibraryImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static partial int GetRusage(int who, out RUsage usage);
}
