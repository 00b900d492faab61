using System.Diagnostics;

namespace StatiqSite.Tests.Support;

/// <summary>Runs the real CLI as a child process, for exit codes and exactly what a user sees.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, new Dictionary<string, string>(), args);

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunHosted(workingDirectory, environment, [], args);

    /// <param name="hostArgs">Arguments for the dotnet host before the program, e.g. <c>exec --runtimeconfig x.json</c>.</param>
    public static Result RunHosted(string workingDirectory, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> hostArgs, params string[] args) =>
        RunProgram(Repo.CliDll, workingDirectory, environment, hostArgs, args);

    /// <summary>Runs another copy of the CLI, <paramref name="cliDll"/>, e.g. one installed without some of its files.</summary>
    public static Result RunCopy(string cliDll, string workingDirectory, params string[] args) =>
        RunProgram(cliDll, workingDirectory, new Dictionary<string, string>(), [], args);

    private static Result RunProgram(string cliDll, string workingDirectory, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> hostArgs, string[] args) =>
        RunCommand("dotnet", workingDirectory, environment.ToDictionary(e => e.Key, string? (e) => e.Value), [.. hostArgs, cliDll, .. args]);

    /// <summary>Runs any program (another dotnet command, an installed tool) the way a user would.</summary>
    /// <param name="environment">Variables to set, or with a null value to remove.</param>
    public static Result RunCommand(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("GITHUB_ACTIONS");
        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in 120 s: " + string.Join(' ', args));
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
