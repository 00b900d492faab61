using System.Globalization;
using System.Text.RegularExpressions;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Pipelines;
using StatiqSite.Tests.Support;
using Xunit.Abstractions;

namespace StatiqSite.Tests.Robustness;

/// <summary>
/// Mutates the real input/ files and runs <c>check</c> in-process: every run must end in success or in
/// diagnostics, never in an exception. Seeded and reproducible; docs/robustness.md explains the switches:
/// STATIQSITE_FUZZ_CASES (default 300), STATIQSITE_FUZZ_SEED, and STATIQSITE_FUZZ_CASE to rerun one case.
/// </summary>
public sealed partial class FuzzTests(ITestOutputHelper output)
{
    private const int DefaultCases = 300;
    private const int DefaultSeed = 20_261_121;

    [Fact]
    public async Task Mutated_real_input_ends_in_success_or_diagnostics_never_an_exception()
    {
        int cases = Setting("STATIQSITE_FUZZ_CASES") ?? DefaultCases;
        int seed = Setting("STATIQSITE_FUZZ_SEED") ?? DefaultSeed;
        int? only = Setting("STATIQSITE_FUZZ_CASE");

        var originals = Directory.GetFiles(Repo.Input, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.Input, f))
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(Repo.Input, f)), StringComparer.Ordinal);
        string[] names = [.. originals.Keys];
        Assert.True(names.Length > 20, "the real input/ should have many files to mutate");

        using var temp = new TempFolder();
        string input = temp.Combine("input");
        foreach (var (name, bytes) in originals)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(input, name))!);
            File.WriteAllBytes(Path.Combine(input, name), bytes);
        }

        var options = new BuildOptions { InputPath = input, OutputPath = temp.Combine("output"), CheckOnly = true, AssetsPath = Repo.Assets };
        var failures = new List<string>();
        int succeeded = 0;
        int withErrors = 0;
        var codes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (int i = only ?? 0; i < (only + 1 ?? cases); i++)
        {
            // One generator per case, so that any case can be rerun on its own.
            var random = new Random(unchecked((seed * 7919) + i));
            var touched = new List<(string Name, string What)>();
            int files = random.Next(5) == 0 ? 2 : 1;
            for (int f = 0; f < files; f++)
            {
                string name = names[random.Next(names.Length)];
                if (touched.Any(t => t.Name == name))
                {
                    continue;
                }

                string what = Damage(input, name, originals, names, random);
                touched.Add((name, what));
            }

            string description = $"case {i} (seed {seed}): " + string.Join(" + ", touched.Select(t => $"{t.Name}: {t.What}"));
            try
            {
                var outcome = await SiteBuilder.RunAsync(options, Log.Silent);
                string? problem = Problem(outcome);
                if (problem is not null)
                {
                    failures.Add($"{description}\n  {problem}");
                }

                if (outcome.Succeeded)
                {
                    succeeded++;
                }
                else
                {
                    withErrors++;
                }

                foreach (string code in outcome.Diagnostics.Select(d => d.Code).Distinct())
                {
                    codes[code] = codes.GetValueOrDefault(code) + 1;
                }
            }
            catch (Exception e)
            {
                failures.Add($"{description}\n  {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
            finally
            {
                foreach (var (name, _) in touched)
                {
                    Restore(input, name, originals[name]);
                }
            }
        }

        output.WriteLine($"seed {seed}: {succeeded} runs succeeded, {withErrors} ended in errors, {failures.Count} failed (threw or gave a malformed result)");
        output.WriteLine("runs reporting each code: " + string.Join(", ", codes.Select(c => $"{c.Key} {c.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} runs failed; rerun one with STATIQSITE_FUZZ_CASE=N:\n" + string.Join("\n", failures.Take(10)));
        Assert.True(only is not null || withErrors > cases / 4, $"only {withErrors} of {cases} mutations were caught; the mutator is not doing much");
    }

    /// <summary>What is wrong with an outcome that did not throw; null when it is a proper result.</summary>
    private static string? Problem(BuildOutcome outcome)
    {
        int errors = outcome.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (outcome.ExitCode is not (SiteBuilder.Success or SiteBuilder.InputErrors))
        {
            return $"Exit code {outcome.ExitCode}";
        }

        if ((outcome.ExitCode == SiteBuilder.InputErrors) != (errors > 0))
        {
            return $"Exit code {outcome.ExitCode} with {errors} errors";
        }

        foreach (var d in outcome.Diagnostics)
        {
            if (!CodePattern().IsMatch(d.Code) || d.Line < 1 || d.Column < 1 || d.File.Length == 0 || d.Message.Length == 0
                || d.Message.Contains("Exception", StringComparison.Ordinal))
            {
                return $"Malformed diagnostic: {d}";
            }
        }

        return null;
    }

    private static string Damage(string input, string name, Dictionary<string, byte[]> originals, string[] names, Random random)
    {
        string path = Path.Combine(input, name);
        switch (random.Next(25))
        {
            case 0:
                File.Delete(path);
                return "deleted";
            case 1:
                string other = names[random.Next(names.Length)];
                File.WriteAllBytes(path, originals[other]);
                return $"replaced by the content of {other}";
            case 2:
                // Link-shaped files: a committed symbolic link in place of the file.
                string target = random.Next(6) switch
                {
                    0 => Path.Combine(input, names[random.Next(names.Length)]),
                    1 => "/etc/hostname",
                    2 => input,
                    3 => "..",
                    4 => path,
                    _ => Path.Combine(input, "no-such-file.yml"),
                };
                File.Delete(path);
                File.CreateSymbolicLink(path, target);
                return $"replaced by a symbolic link to {target}";
            default:
                var (bytes, what) = Mutator.Mutate(File.ReadAllBytes(path), random);
                File.WriteAllBytes(path, bytes);
                return what;
        }
    }

    private static void Restore(string input, string name, byte[] bytes)
    {
        // Deleting first removes a link put there, rather than writing through it.
        string path = Path.Combine(input, name);
        File.Delete(path);
        File.WriteAllBytes(path, bytes);
    }

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;

    [GeneratedRegex(@"^SS\d{4}$")]
    private static partial Regex CodePattern();
}
