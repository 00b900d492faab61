using System.CommandLine;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Review;

namespace StatiqSite.Cli;

/// <summary><c>diff [--base REV]</c>: what the working tree changes on the site, for reviewers (src/StatiqSite/Review/).</summary>
public static class DiffCommand
{
    private static readonly Option<string?> Base = new("--base") { Description = "The git revision to compare against (default: the merge base of HEAD with the default branch)." };

    private static readonly Option<string?> Markdown = new("--markdown") { Description = "Also write the report as Markdown for a pull-request comment to this file, kept under GitHub's 65,536-character limit." };

    private static readonly Option<string?> Html = new("--html") { Description = "Also write the report as a page (index.html and report.css) into this folder, e.g. output/_diff." };

    private static readonly Option<string?> ReportUrl = new("--report-url") { Description = "Where the HTML report will be published, for a link in the Markdown." };

    /// <param name="guard">Turns an unexpected exception into one line and exit code 2, as for every command.</param>
    public static Command Create(Option<string> input, Option<Uri?> baseUrl, Option<bool> drafts, Option<bool> verbose, Option<DiagnosticFormat> format, Func<ParseResult, Func<Task<int>>, Task<int>> guard)
    {
        var command = new Command("diff", "Build the base revision and the working tree in memory and report what readers would see change.");
        foreach (var option in new Option[] { input, Base, baseUrl, drafts, Markdown, Html, ReportUrl, verbose, format })
        {
            command.Options.Add(option);
        }

        command.SetAction((result, token) => guard(result, async () =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var log = new Log(Console.Error, result.GetValue(verbose));
            var outcome = await ContentDiff.RunAsync(new DiffRequest
            {
                InputPath = result.GetValue(input)!,
                BaseRevision = result.GetValue(Base),
                BaseUrl = result.GetValue(baseUrl),
                Drafts = result.GetValue(drafts),
                Cancellation = token,
            }, log);
            if (outcome.Report is not { } report)
            {
                DiagnosticPrinter.Print(outcome.Diagnostics, Console.Error, result.GetValue(format));
                int errors = outcome.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error);
                Console.Error.WriteLine($"Diff failed: {errors} error{(errors == 1 ? "" : "s")} in the working tree; nothing was compared.");
                return outcome.ExitCode;
            }

            Console.Out.Write(TextFormat.Write(report));
            if (result.GetValue(Markdown) is { } markdown)
            {
                File.WriteAllText(markdown, MarkdownFormat.Write(report, reportUrl: result.GetValue(ReportUrl)));
            }

            if (result.GetValue(Html) is { } html)
            {
                HtmlFormat.WriteFiles(report, html);
            }

            log.Info($"Compared in {clock.ElapsedMilliseconds} ms.");
            return outcome.ExitCode;
        }));
        return command;
    }
}
