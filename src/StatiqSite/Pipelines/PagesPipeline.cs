using StatiqSite.Content.Model;
using StatiqSite.Engine;
using StatiqSite.Theme;
using StatiqSite.Theme.Pages;

namespace StatiqSite.Pipelines;

/// <summary>Standalone pages from <c>input/pages/</c>: about, methodology, corrections.</summary>
public sealed class PagesPipeline : PagePipeline
{
    public override Task ProcessAsync(PipelineContext context)
    {
        var site = SiteOf(context);

        // PagePipeline adds a WebPage JSON-LD, git's last-updated date and the edit link from SourceFile.
        // The corrections page is made by CorrectionsPipeline, with the list of corrections below its text.
        RenderEach(context, [.. site.Pages.Where(p => p.Id != CorrectionsPipeline.PageId)], page => Render<DocumentPage>(
            context,
            new PageMeta(page.Title, page.Summary, site.Urls.Page(page.Id), page.Id) { SourceFile = page.Origin.File },
            (nameof(DocumentPage.Document), (IDocument)page)));
        return Task.CompletedTask;
    }
}
