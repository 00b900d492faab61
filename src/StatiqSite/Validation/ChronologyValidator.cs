using System.Collections.Immutable;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading;

namespace StatiqSite.Validation;

/// <summary>
/// Checks the <c>after:</c>/<c>before:</c> links (each names a known record and cites a real paragraph),
/// builds the <see cref="Chronology"/>, and reports circles, records left with no possible day, and eras
/// that the one order splits.
/// </summary>
public sealed class ChronologyValidator(LoadedContent content, ContentValidator validator, DiagnosticBag diagnostics)
{
    public Chronology Validate()
    {
        var briefings = new References("briefing", content.Briefings.Select(b => b.Id));
        var nodes = ChronologyNode.All(content.Events, content.Briefings, content.Sources).ToList();
        foreach (var node in nodes)
        {
            foreach (var link in node.Links)
            {
                var known = link.Target.Kind switch
                {
                    NodeKind.Event => validator.Events,
                    NodeKind.Briefing => briefings,
                    _ => validator.Sources,
                };
                known.Check(link.Target.Id, node.Origin.At(link.At), diagnostics);
                validator.CheckCitation(link.Support, node.Origin);
            }
        }

        var chronology = Chronology.Build(nodes);
        foreach (var problem in chronology.Problems)
        {
            diagnostics.Error(problem.Kind == ChronologyProblemKind.Cycle ? Codes.SequenceCycle : Codes.NoPossibleDay, problem.At, problem.Message);
        }

        if (chronology.Problems.IsEmpty)
        {
            CheckEras(chronology);
        }

        return chronology;
    }

    /// <summary>
    /// The timeline draws each era as a run of events in the one order; an era whose events are split by
    /// another era's would open twice. Reported once per era, at the event that reopens it.
    /// </summary>
    private void CheckEras(Chronology chronology)
    {
        var events = chronology.Order(content.Events, e => new NodeRef(NodeKind.Event, e.Id));
        var closed = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 1; i < events.Length; i++)
        {
            var (previous, current) = (events[i - 1], events[i]);
            if (previous.Era.Id == current.Era.Id)
            {
                continue;
            }

            closed.Add(previous.Era.Id);
            if (closed.Contains(current.Era.Id) && reported.Add(current.Era.Id))
            {
                diagnostics.Warning(Codes.EraOutOfOrder, current.Origin.At(current.Era.At),
                    $"in time order this event comes after '{previous.Id}' of era '{previous.Era.Id}', so era '{current.Era.Id}' would open twice on the timeline; "
                    + $"put it in era '{previous.Era.Id}', or add an after/before link that the texts support");
            }
        }
    }
}
