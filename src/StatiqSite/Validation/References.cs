using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Validation;

/// <summary>A set of ids of one kind, for checking references with a "did you mean" hint.</summary>
public sealed class References(string kind, IEnumerable<string> ids)
{
    private readonly HashSet<string> ids = new(ids, StringComparer.Ordinal);

    public string Kind { get; } = kind;

    public bool Contains(string id) => ids.Contains(id);

    /// <returns>True when the id is known; otherwise reports it at <paramref name="at"/>.</returns>
    public bool Check(string id, Origin at, DiagnosticBag diagnostics)
    {
        if (ids.Contains(id))
        {
            return true;
        }

        string? near = Suggest.Nearest(id, ids);
        string hint = near is not null
            ? $" (did you mean '{near}'?)"
            : ids.Count == 0 ? $"; there are no {Kind}s yet" : $"; add it, or use an existing {Kind} id";
        diagnostics.Error(Codes.UnknownReference, at, $"unknown {Kind} '{Fields.Show(id)}'{hint}");
        return false;
    }
}
