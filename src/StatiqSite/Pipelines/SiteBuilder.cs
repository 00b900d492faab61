using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;

namespace StatiqSite.Pipelines;

/// <summary>What a build or check ended with.</summary>
public sealed record BuildOutcome(int ExitCode, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Output> Outputs)
{
    public bool Succeeded => ExitCode == 0;

    /// <summary>The path every URL of the built site starts with, such as "/" or "/briefing/".</summary>
    public string? BasePath { get; init; }

    /// <summary>The output paths written or deleted, '/' separated; every path after a clean build.</summary>
    public IReadOnlyList<string> Changed { get; init; } = [];
}

/// <summary>Runs the site's pipelines and writes the result: the programmatic form of <c>build</c> and <c>check</c>.</summary>
public static class SiteBuilder
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int InternalError = 2;

    public static Task<BuildOutcome> RunAsync(BuildOptions options, Log log) => RunAsync(options, log, session: null);

    /// <param name="session">In preview, the previous build's state: then only changed files are written, in place.</param>
    public static async Task<BuildOutcome> RunAsync(BuildOptions options, Log log, BuildSession? session)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(options.InputPath))
        {
            diagnostics.Error(Codes.MissingField, new Origin(options.InputPath, TextPosition.Start),
                "the input folder does not exist; pass --input with the folder that holds site.yml");
            return new BuildOutcome(InputErrors, diagnostics.ToSortedList(), []);
        }

        if (!options.CheckOnly && OutputFolder.Refusal(options.OutputPath, options.InputPath) is { } refusal)
        {
            diagnostics.Error(Codes.OutputRefused, new Origin(options.OutputPath, TextPosition.Start),
                $"refusing to write the site here: {refusal}; pass --output with a dedicated folder such as ./output");
            return new BuildOutcome(InputErrors, diagnostics.ToSortedList(), []);
        }

        var pipelines = SitePipelines.Create();

        // A build that writes the whole site starts on the pages while the link check runs.
        var staged = options.CheckOnly || session?.Written is not null ? null : StagedWrite.Begin(options.OutputPath);
        bool swapped = false;
        bool written = false;
        try
        {
            session?.Cache<Incremental.PageCache>().Begin();
            var engine = new PipelineEngine(pipelines);
            var result = await engine.RunAsync(options, diagnostics, log, session, staged is null ? null : staged.WriteEarly);
            IReadOnlyList<string> changed = [];
            if (session is not null)
            {
                session.Builds++;
            }

            if (result.Succeeded && !options.CheckOnly)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                if (session?.Written is { } previous)
                {
                    changed = OutputWriter.WriteChanges(result.Outputs, previous, options.OutputPath, diagnostics);
                }
                else if (staged!.Complete(result.Outputs, diagnostics))
                {
                    swapped = true;
                    changed = [.. result.Outputs.Select(o => o.Path)];
                }

                written = !diagnostics.HasErrors;
                if (written)
                {
                    LinkCheckPipeline.SettleReport(options, diagnostics);
                }

                if (session is not null)
                {
                    // After a failed write the folder's content is unknown, so the next build starts clean.
                    session.Written = written ? result.Outputs : null;
                }

                log.Verbose($"Output phase: {clock.ElapsedMilliseconds} ms ({changed.Count} of {result.Outputs.Count} files written or deleted)");
            }

            int code = diagnostics.HasErrors ? InputErrors : Success;
            return new BuildOutcome(code, diagnostics.ToSortedList(), code == Success ? result.Outputs : []) { Changed = changed, BasePath = code == Success ? pipelines.OfType<ContentPipeline>().Single().Site.Urls.BasePath : null };
        }
        finally
        {
            if (!swapped)
            {
                staged?.Abandon();
            }

            if (!written)
            {
                LinkCheckPipeline.DiscardReport(options);
            }

            foreach (var pipeline in pipelines.OfType<IDisposable>())
            {
                pipeline.Dispose();
            }
        }
    }
}
