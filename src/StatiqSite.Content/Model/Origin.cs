namespace StatiqSite.Content.Model;

/// <summary>A 1-based line and column in a content file.</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    public static readonly TextPosition Start = new(1, 1);
}

/// <summary>Where a record came from: its file (relative to the site root, with '/' separators) and position.</summary>
public sealed record Origin(string File, TextPosition Position)
{
    public Origin At(TextPosition position) => this with { Position = position };

    public override string ToString() => $"{File}:{Position.Line}:{Position.Column}";
}

/// <summary>A reference to another record by id, remembering where it was written for diagnostics.</summary>
public sealed record Ref(string Id, TextPosition At);
