using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Validation;

namespace StatiqSite.Pipelines;

/// <summary>Parses every built page and fails the build if one could run script: see <see cref="HtmlAudit"/>.</summary>
public sealed class HtmlAuditPipeline : Pipeline
{
    public override Task PostProcessAsync(PipelineContext context)
    {
        var pages = context.ProcessOutputs.Where(o => o.IsHtml).ToList();
        Parallel.ForEach(pages, context.Options.Parallel(), page =>
        {
            foreach (string problem in HtmlAudit.Problems(page.AsText()))
            {
                context.Diagnostics.Error(Codes.UnsafeOutput, new Origin(page.Source ?? page.Pipeline, TextPosition.Start),
                    $"the page {page.Path} would contain {problem}, which the site never publishes; this is a bug in the generator or theme, since content checks should have refused it");
            }
        });
        return Task.CompletedTask;
    }
}
