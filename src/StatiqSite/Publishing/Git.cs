using System.Diagnostics;

namespace StatiqSite.Publishing;

/// <summary>What one git command printed and how it ended.</summary>
public sealed record GitResult(int ExitCode, string Output, string Error)
{
    public bool Ok => ExitCode == 0;

    /// <summary>The first line git printed on error, for a one-line message.</summary>
    public string FirstErrorLine => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"git exited with code {ExitCode}";
}

/// <summary>Runs git in a folder and returns what it printed: the history for "Last updated" and the worktrees of <c>diff</c>.</summary>
public static class Git
{
    public static async Task<GitResult> RunAsync(string workingDirectory, CancellationToken token, params string[] args)
    {
        var start = new ProcessStartInfo("git")
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

        // Messages in English whatever the user's locale, and paths as written rather than quoted.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_CONFIG_COUNT"] = "1";
        start.Environment["GIT_CONFIG_KEY_0"] = "core.quotePath";
        start.Environment["GIT_CONFIG_VALUE_0"] = "false";
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("git could not be started");
            var output = process.StandardOutput.ReadToEndAsync(token);
            var error = process.StandardError.ReadToEndAsync(token);
            await process.WaitForExitAsync(token);
            return new GitResult(process.ExitCode, await output, await error);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return new GitResult(-1, string.Empty, "git is not installed or not on the PATH");
        }
    }
}
