using StatiqSite.Content.Model;

namespace StatiqSite.Content.Dates;

/// <summary>The kinds of record that take part in the chronology: each has a date, declared or not.</summary>
public enum NodeKind
{
    Event,
    Briefing,
    Source,
}

/// <summary>A record in the chronology, by kind and id.</summary>
public readonly record struct NodeRef(NodeKind Kind, string Id)
{
    /// <summary>"event 'dam-opened'": how diagnostics name a record.</summary>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} '{Id}'";
}

public enum SequenceRelation
{
    /// <summary>The record happened (or was written) on or after the target.</summary>
    After,

    /// <summary>The record happened (or was written) on or before the target.</summary>
    Before,
}

/// <summary>
/// One item of a record's <c>after:</c> or <c>before:</c> list: the record it is ordered against and the
/// paragraph whose words order them. <see cref="At"/> is where the item starts in the owner's file.
/// </summary>
public sealed record SequenceLink(SequenceRelation Relation, NodeRef Target, Citation Support, TextPosition At);
