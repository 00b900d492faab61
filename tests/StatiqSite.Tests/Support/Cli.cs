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

    private static Result RunProgram(string cliDll, string workingDirectory, IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> hostArgs, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in hostArgs)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(cliDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("GITHUB_ACTIONS");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the CLI did not finish in 120 s: " + string.Join(' ', args));
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
