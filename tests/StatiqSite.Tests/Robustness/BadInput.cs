using StatiqSite.Diagnostics;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Robustness;

/// <summary>
/// One entry of the bad-input catalogue: a small change to the fixture site, and the diagnostic it must
/// produce, by code and by file and line (relative to input/).
/// </summary>
public sealed record BadInput(string Name, string Code, string File, int Line, Action<FixtureSite> Change)
{
    public Severity Severity { get; init; } = Severity.Error;

    /// <summary>The column too, where it is part of the point of the case.</summary>
    public int? Column { get; init; }

    /// <summary>Words the message must contain: the "what would be right" half of a good diagnostic.</summary>
    public string? Says { get; init; }

    /// <summary>Other error codes that may legitimately come with the expected one.</summary>
    public IReadOnlyList<string> AlsoAllowed { get; init; } = [];

    public override string ToString() => Name;
}

/// <summary>Small edits to fixture files that fail loudly when the fixture no longer holds the text they change.</summary>
public static class Edits
{
    public static void Replace(this FixtureSite site, string file, string old, string replacement)
    {
        string text = FixtureSite.Files[file];
        Assert.Contains(old, text, StringComparison.Ordinal);
        site.Write(file, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    public static void Append(this FixtureSite site, string file, string more) =>
        site.Write(file, FixtureSite.Files[file].TrimEnd('\n') + "\n" + more);

    /// <summary>Replaces the about page's body; the body starts on line 5.</summary>
    public static void AboutBody(this FixtureSite site, string body) =>
        site.Write("pages/about.md", "---\ntitle: About\nsummary: What this is.\n---\n" + body);

    public static string Root(this FixtureSite site) => Path.GetDirectoryName(site.Input)!;

    /// <summary>A folder beside input/ for things that must never be read or served.</summary>
    public static string Outside(this FixtureSite site, string relative, string text)
    {
        string path = Path.Combine(site.Root(), "outside", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    public static void Link(this FixtureSite site, string relative, string target)
    {
        string path = Path.Combine(site.Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.CreateSymbolicLink(path, target);
    }

    public static void LinkFolder(this FixtureSite site, string relative, string target)
    {
        string path = Path.Combine(site.Input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Directory.CreateSymbolicLink(path, target);
    }
}
