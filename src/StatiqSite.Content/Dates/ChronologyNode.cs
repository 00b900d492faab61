using System.Collections.Immutable;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;

namespace StatiqSite.Content.Dates;

/// <summary>What the chronology needs of a record: its date as declared, its links and where it is written.</summary>
public sealed record ChronologyNode(NodeRef Ref, EdtfDate? Date, ImmutableArray<SequenceLink> Links, Origin Origin)
{
    public static ChronologyNode Of(Event e) => new(new(NodeKind.Event, e.Id), e.Date, e.Sequence, e.Origin);

    public static ChronologyNode Of(Briefing b) => new(new(NodeKind.Briefing, b.Id), b.Date, b.Sequence, b.Origin);

    public static ChronologyNode Of(Source s) => new(new(NodeKind.Source, s.Id), s.Published, s.Sequence, s.Origin);

    /// <summary>Every record of a site that takes part in the chronology.</summary>
    public static IEnumerable<ChronologyNode> All(IEnumerable<Event> events, IEnumerable<Briefing> briefings, IEnumerable<Source> sources) =>
        events.Select(Of).Concat(briefings.Select(Of)).Concat(sources.Select(Of));

    /// <summary>The first day the declared date allows, or null when its start is open or unknown.</summary>
    internal Limit? DeclaredEarliest() =>
        Date?.Start is { } start ? new Limit(start.Earliest, start, Ref) : null;

    /// <summary>The last day the declared date allows, or null when its end is open or unknown.</summary>
    internal Limit? DeclaredLatest() => Date switch
    {
        { IsInterval: false, Start: { } point } => new Limit(point.Latest, point, Ref),
        { IsInterval: true, End: { } end } => new Limit(end.Latest, end, Ref),
        _ => null,
    };
}

/// <summary>Why the links cannot hold: a circle of links, or a record left with no possible day.</summary>
public enum ChronologyProblemKind
{
    Cycle,
    NoPossibleDay,
}

/// <summary>A problem with the links, at the place a maintainer should look first; the message names every file and line involved.</summary>
public sealed record ChronologyProblem(ChronologyProblemKind Kind, Origin At, string Message);
