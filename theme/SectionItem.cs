namespace StatiqSite.Theme;

/// <summary>One entry of a section index page: what it is called, where it is, and a short note (a date, a count).</summary>
public sealed record SectionItem(string Label, string Url, string? Note);
