using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Pipelines;

namespace StatiqSite;

/// <summary>What a build or check ended with.</summary>
public sealed record BuildOutcome(int ExitCode, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Output> Outputs)
{
    public bool Succeeded => ExitCode == 0;
}

/// <summary>Runs the site's pipelines and writes the result: the programmatic form of <c>build</c> and <c>check</c>.</summary>
public static class SiteBuilder
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int InternalError = 2;

    public static async Task<BuildOutcome> RunAsync(BuildOptions options, Log log)
    {
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(options.InputPath))
        {
            diagnostics.Error(Codes.MissingField, new Origin(options.InputPath, TextPosition.Start),
                "the input folder does not exist; pass --input with the folder that holds site.yml");
            return new BuildOutcome(InputErrors, diagnostics.ToSortedList(), []);
        }

        if (!options.CheckOnly && OutputWriter.Refusal(options.OutputPath, options.InputPath) is { } refusal)
        {
            diagnostics.Error(Codes.OutputRefused, new Origin(options.OutputPath, TextPosition.Start),
                $"refusing to write the site here: {refusal}; pass --output with a dedicated folder such as ./output");
            return new BuildOutcome(InputErrors, diagnostics.ToSortedList(), []);
        }

        var pipelines = SitePipelines.Create();
        try
        {
            var engine = new PipelineEngine(pipelines);
            var result = await engine.RunAsync(options, diagnostics, log);
            if (result.Succeeded && !options.CheckOnly)
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                OutputWriter.Write(result.Outputs, options.OutputPath, diagnostics);
                log.Verbose($"Output phase: {clock.ElapsedMilliseconds} ms ({result.Outputs.Count} files)");
            }

            int code = diagnostics.HasErrors ? InputErrors : Success;
            return new BuildOutcome(code, diagnostics.ToSortedList(), code == Success ? result.Outputs : []);
        }
        finally
        {
            foreach (var pipeline in pipelines.OfType<IDisposable>())
            {
                pipeline.Dispose();
            }
        }
    }
}
