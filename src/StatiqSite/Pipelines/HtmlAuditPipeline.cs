using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Publishing;

namespace StatiqSite.Pipelines;

/// <summary>
/// Fails the build if a built page could run script: see <see cref="HtmlAudit"/>, which parses every HTML
/// output with a full HTML5 parser when <see cref="BuildOptions.Audit"/> asks (docs/security.md says what that
/// costs and when it runs).
/// </summary>
public sealed class HtmlAuditPipeline : Pipeline
{
    public override IReadOnlyList<Type> Dependencies => [];

    public override Task PostProcessAsync(PipelineContext context)
    {
        if (context.Options.Audit)
        {
            var (problems, summary) = Audit(context.ProcessOutputs, context.Session, context.Options.Parallel());
            foreach (var problem in problems)
            {
                context.Diagnostics.Add(problem);
            }

            context.Log.Verbose(summary);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Audits the HTML among <paramref name="outputs"/>. In a session, a page whose output is the same object as
    /// one audited before is not parsed again, so preview parses only the pages a build changed.
    /// </summary>
    public static (IReadOnlyList<Diagnostic> Problems, string Summary) Audit(IReadOnlyList<Output> outputs, BuildSession? session, ParallelOptions parallel)
    {
        var pages = outputs.Where(o => o.IsHtml).ToArray();
        var found = new IReadOnlyList<string>[pages.Length];
        var known = session?.Cache<AuditedPages>().Problems;
        int parsed = 0;
        Parallel.For(0, pages.Length, parallel, i => found[i] = known is null || !known.TryGetValue(pages[i], out var problems)
            ? Parse(pages[i])
            : problems);

        var diagnostics = new List<Diagnostic>();
        int unsafePages = 0;
        for (int i = 0; i < pages.Length; i++)
        {
            unsafePages += found[i].Count > 0 ? 1 : 0;
            foreach (string problem in found[i])
            {
                diagnostics.Add(Diagnostic.Error(Codes.UnsafeOutput, new Origin(pages[i].Source ?? pages[i].Path, TextPosition.Start),
                    $"the page {pages[i].Path} would contain {problem}, which the site never publishes; this is a bug in the generator or theme, since content checks should have refused it"));
            }
        }

        return (diagnostics, unsafePages == 0
            ? $"audit: {parsed} of {pages.Length} pages parsed, none unsafe"
            : $"audit: {parsed} of {pages.Length} pages parsed, {unsafePages} unsafe");

        IReadOnlyList<string> Parse(Output page)
        {
            Interlocked.Increment(ref parsed);
            var problems = HtmlAudit.Problems(page.Bytes);
            known?.AddOrUpdate(page, problems);
            return problems;
        }
    }

    /// <summary>What the audit found on each page in earlier preview builds, by its output.</summary>
    private sealed class AuditedPages
    {
        public System.Runtime.CompilerServices.ConditionalWeakTable<Output, IReadOnlyList<string>> Problems { get; } = new();
    }
}
