using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Architecture;

/// <summary>
/// The generator's folders (one namespace each) depend on one another without cycles, so each can be read,
/// and moved, knowing only the folders below it. Sub-folders are checked as well as the top-level folders,
/// since a cycle can hide in either; a sub-folder is part of its parent, though, so a folder and the folders
/// inside it may use one another (C# finds the parent's types from a sub-folder without a using). The
/// project's root namespace (the public <c>Generator</c>) counts as a folder of its own.
/// </summary>
public sealed class FolderCycleTests
{
    private static readonly string Generator = Path.Combine(Repo.Root, "src", "StatiqSite");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_generators_folders_have_no_cycles(bool subFolders)
    {
        var graph = NamespaceGraph.Of(Sources(Generator), subFolders ? ns => ns : TopLevel);
        foreach (var (from, to) in graph)
        {
            to.RemoveWhere(n => Within(n, from) || Within(from, n));
        }

        // The graph must have been read at all: the command line depends on the preview server, not the other way.
        Assert.Contains("StatiqSite.Preview", graph["StatiqSite.Cli"]);
        var cycles = NamespaceGraph.Cycles(graph);
        Assert.True(cycles.Count == 0, "folders that depend on each other: " + string.Join("; ", cycles.Select(c => string.Join(" <-> ", c.Select(n => $"{n} (uses {string.Join(", ", graph[n].Intersect(c))})")))));
    }

    [Fact]
    public void A_cycle_is_found_through_usings_qualified_names_and_enclosing_namespaces()
    {
        (string, string)[] files =
        [
            ("A/One.cs", "using StatiqSite.B;\nnamespace StatiqSite.A;\npublic class One { Two two; }"),
            ("B/Two.cs", "namespace StatiqSite.B;\npublic class Two { object x = C.Three.Make(); }"),
            ("C/Three.cs", "namespace StatiqSite.C;\npublic static class Three { static object Make() => Root.Value; }"),
            ("Root.cs", "namespace StatiqSite;\npublic static class Root { public static object Value => A.One.Create(); }"),
            ("D/Four.cs", "namespace StatiqSite.D;\n// StatiqSite.A.One in a comment\npublic class Four { string s = \"A.One\"; }"),
        ];

        var graph = NamespaceGraph.Of(files, ns => ns);

        Assert.Equal(["StatiqSite", "StatiqSite.A", "StatiqSite.B", "StatiqSite.C"], Assert.Single(NamespaceGraph.Cycles(graph)));
        Assert.Empty(graph["StatiqSite.D"]);
    }

    /// <summary>Whether <paramref name="inner"/> is a sub-folder of the folder <paramref name="outer"/>; the project's own root namespace is no folder.</summary>
    private static bool Within(string inner, string outer) =>
        outer.Contains('.', StringComparison.Ordinal) && inner.StartsWith(outer + ".", StringComparison.Ordinal);

    private static string TopLevel(string ns) => string.Join('.', ns.Split('.').Take(2));

    private static List<(string Path, string Text)> Sources(string folder) =>
    [
        .. Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(f))),
    ];
}
