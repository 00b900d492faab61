using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Validation;

/// <summary>
/// A set of ids of one kind, for checking references with a "did you mean" hint. Ids left out of this
/// build as drafts are named as such, since "unknown" would send the writer looking for a typo.
/// </summary>
public sealed class References(string kind, IEnumerable<string> ids, IEnumerable<string>? drafts = null)
{
    private readonly HashSet<string> ids = new(ids, StringComparer.Ordinal);
    private readonly HashSet<string> drafts = new(drafts ?? [], StringComparer.Ordinal);

    public string Kind { get; } = kind;

    public bool Contains(string id) => ids.Contains(id);

    /// <returns>True when the id is known; otherwise reports it at <paramref name="at"/>.</returns>
    public bool Check(string id, Origin at, DiagnosticBag diagnostics)
    {
        if (ids.Contains(id))
        {
            return true;
        }

        if (drafts.Contains(id))
        {
            diagnostics.Error(Codes.UnknownReference, at,
                $"the {Kind} '{Fields.Show(id)}' is a draft (draft: true), so it is not published and nothing published may point at it; publish it, or remove this reference (--drafts builds with drafts)");
            return false;
        }

        string? near = Suggest.Nearest(id, ids);
        string hint = near is not null
            ? $" (did you mean '{near}'?)"
            : ids.Count == 0 ? $"; there are no {Kind}s yet" : $"; add it, or use an existing {Kind} id";
        diagnostics.Error(Codes.UnknownReference, at, $"unknown {Kind} '{Fields.Show(id)}'{hint}");
        return false;
    }
}
