using StatiqSite.Content.Dates;

namespace StatiqSite.Content.Dates;

/// <summary>
/// One end of the days a record can fall on, and why: the declared date <see cref="Point"/> of the record
/// <see cref="From"/> gives the day, and, when that is another record, it arrived through the link
/// <see cref="Through"/> from the neighbouring record <see cref="Neighbour"/>, whose own limit continues
/// the chain.
/// </summary>
public sealed record Limit(DateOnly Day, EdtfPoint Point, NodeRef From, SequenceLink? Through = null, NodeRef? Neighbour = null)
{
    /// <summary>Whether the limit comes from the record's own date rather than from a link.</summary>
    public bool Declared => Through is null;
}

/// <summary>
/// The days a record can fall on once every link is taken into account: <see cref="Earliest"/> and
/// <see cref="Latest"/>, each null where nothing bounds that end.
/// </summary>
public sealed record Placement(NodeRef Node, Limit? Earliest, Limit? Latest)
{
    /// <summary>Whether a link narrowed the record's own date at either end.</summary>
    public bool Narrowed => Earliest is { Declared: false } || Latest is { Declared: false };
}
