using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Validation;

namespace StatiqSite.Pipelines;

/// <summary>
/// Fails the build if a built page could run script: see <see cref="HtmlAudit"/>, which parses every HTML
/// output with a full HTML5 parser (docs/security.md says what that costs and when it runs).
/// </summary>
public sealed class HtmlAuditPipeline : Pipeline
{
    public override IReadOnlyList<Type> Dependencies => [];

    public override Task PostProcessAsync(PipelineContext context)
    {
        var pages = context.ProcessOutputs.Where(o => o.IsHtml).ToArray();
        var found = new IReadOnlyList<string>[pages.Length];
        Parallel.For(0, pages.Length, context.Options.Parallel(), i => found[i] = HtmlAudit.Problems(pages[i].Bytes));
        for (int i = 0; i < pages.Length; i++)
        {
            foreach (string problem in found[i])
            {
                context.Diagnostics.Error(Codes.UnsafeOutput, new Origin(pages[i].Source ?? pages[i].Path, TextPosition.Start),
                    $"the page {pages[i].Path} would contain {problem}, which the site never publishes; this is a bug in the generator or theme, since content checks should have refused it");
            }
        }

        return Task.CompletedTask;
    }
}
