using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>
/// /corrections/: the policy page from <c>input/pages/corrections.md</c> with the list of corrections below it.
/// The page is made even without the policy file, because every page's footer links to it.
/// </summary>
public sealed class CorrectionsPipeline : PagePipeline
{
    public const string PageId = "corrections";

    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);
        var policy = site.Pages.FirstOrDefault(p => p.Id == PageId);
        var meta = new PageMeta(
            policy?.Title ?? StringsOf(context).Corrections.Title,
            policy?.Summary ?? StringsOf(context).Corrections.Description,
            site.Urls.Corrections,
            PageId)
        {
            SourceFile = policy?.Origin.File,
        };
        context.Add(Render<CorrectionsPage>(context, meta, (nameof(CorrectionsPage.Document), (IDocument?)policy)));
        return Task.CompletedTask;
    }
}
