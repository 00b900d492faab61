using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading;

namespace StatiqSite.Validation;

/// <summary>
/// Checks that each correction names a page that exists. A correction is shown on the page it names,
/// so one that points nowhere would be published on no page at all.
/// </summary>
public sealed class CorrectionValidator(LoadedContent content, ContentValidator validator, DiagnosticBag diagnostics)
{
    private readonly References explainers = new("explainer", content.Explainers.Select(x => x.Id));
    private readonly References briefings = new("briefing", content.Briefings.Select(b => b.Id));
    private readonly References pages = new("page", content.Pages.Select(p => p.Id));

    public void Validate()
    {
        foreach (var correction in content.Corrections)
        {
            var known = correction.Page.Kind switch
            {
                PageKind.Event => validator.Events,
                PageKind.Actor => validator.Actors,
                PageKind.Figure => validator.Figures,
                PageKind.Source => validator.Sources,
                PageKind.Explainer => explainers,
                PageKind.Briefing => briefings,
                _ => pages,
            };
            known.Check(correction.Page.Id, correction.Origin.At(correction.Page.At), diagnostics);
        }
    }
}
