using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Validation;

namespace StatiqSite.Pipelines;

/// <summary>
/// Fails the build if a built page could run script: see <see cref="HtmlAudit"/>. The pages are audited
/// while the link checker parses them, so that each page is parsed once; this pipeline reports the result.
/// </summary>
public sealed class HtmlAuditPipeline : Pipeline
{
    public override IReadOnlyList<Type> Dependencies => [typeof(LinkCheckPipeline)];

    public override Task PostProcessAsync(PipelineContext context)
    {
        foreach (var found in context.Get<LinkCheckPipeline>().Report.Unsafe)
        {
            context.Diagnostics.Error(Codes.UnsafeOutput, new Origin(found.Source ?? found.Page, TextPosition.Start),
                $"the page {found.Page} would contain {found.Problem}, which the site never publishes; this is a bug in the generator or theme, since content checks should have refused it");
        }

        return Task.CompletedTask;
    }
}
