using System.Text.RegularExpressions;

namespace StatiqSite.Tests.Architecture;

/// <summary>
/// Which namespaces each namespace of a set of C# files refers to, read from the source text: its
/// <c>using</c> directives (plain, static and aliases), names qualified with a namespace (in full, with
/// <c>global::</c>, or relative to an enclosing namespace, as <c>Incremental.FileCache</c> is from
/// <c>StatiqSite.Pipelines</c>), and types of enclosing namespaces named without a using, which C# finds
/// on its own. Comments and string literals are removed first.
/// <para>
/// Limits, because this reads text rather than the compiler's semantic model: a member or local that
/// shares its name with a type of an enclosing namespace counts as a reference to that namespace (a cycle
/// may be reported that is not there, never the reverse for those names); a type used without being named
/// (a <c>var</c> holding what another namespace's method returns, an extension method reached through a
/// using that is also needed for something else) is not seen, though the namespace that named it is; and
/// a name inside an interpolated string's braces goes with the string; and a using directive that nothing
/// needs still counts, since the project does not enforce removing them.
/// Types are found by their declarations (class, record, struct, interface, enum, delegate).
/// </para>
/// </summary>
internal static partial class NamespaceGraph
{
    /// <summary>The namespaces each file's namespace refers to, keyed by <paramref name="node"/> of both ends.</summary>
    public static SortedDictionary<string, SortedSet<string>> Of(IReadOnlyList<(string Path, string Text)> files, Func<string, string> node)
    {
        var sources = files.Select(f => (f.Path, Text: Strip(f.Text))).Select(f => (f.Path, f.Text, Namespace: NamespaceOf(f.Text))).ToList();
        var types = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (_, text, ns) in sources)
        {
            var set = types.TryGetValue(ns, out var known) ? known : types[ns] = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match m in Declaration().Matches(text))
            {
                set.Add(m.Groups["name"].Value);
            }
        }

        var graph = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var (_, text, ns) in sources)
        {
            string from = node(ns);
            var edges = graph.TryGetValue(from, out var known) ? known : graph[from] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (string target in References(text, ns, types))
            {
                if (node(target) != from)
                {
                    edges.Add(node(target));
                }
            }
        }

        return graph;
    }

    /// <summary>Each set of namespaces that reach one another (Tarjan's strongly connected components of two or more).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(SortedDictionary<string, SortedSet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<IReadOnlyList<string>>();

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (string w in graph.GetValueOrDefault(v) ?? [])
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);
                if (component.Count > 1)
                {
                    cycles.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (string v in graph.Keys)
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return cycles;
    }

    private static IEnumerable<string> References(string text, string ns, Dictionary<string, HashSet<string>> types)
    {
        var enclosing = Enclosing(ns).ToList();
        foreach (Match m in UsingDirective().Matches(text))
        {
            // "using static N.Type;" names a type: its namespace is what the file depends on.
            string name = m.Groups["name"].Value;
            string? target = Resolve(name, [string.Empty], types);
            if (target is null && m.Groups["static"].Success && name.Contains('.', StringComparison.Ordinal))
            {
                target = Resolve(name[..name.LastIndexOf('.')], [string.Empty], types);
            }

            if (target is not null)
            {
                yield return target;
            }
        }

        foreach (Match m in QualifiedName().Matches(text))
        {
            // The longest prefix that names a namespace, and whose next part is one of its types.
            string[] parts = m.Groups["name"].Value.Split('.');
            for (int length = parts.Length - 1; length > 0; length--)
            {
                string qualifier = string.Join('.', parts[..length]);
                if (Resolve(qualifier, ["", .. enclosing], types) is { } target && types[target].Contains(parts[length]))
                {
                    yield return target;
                    break;
                }
            }
        }

        var words = new HashSet<string>(Word().Matches(text).Select(w => w.Value), StringComparer.Ordinal);
        foreach (string outer in enclosing.Where(e => e != ns && types.ContainsKey(e)))
        {
            if (types[outer].Overlaps(words))
            {
                yield return outer;
            }
        }
    }

    /// <summary>The namespace <paramref name="name"/> means from inside the first of <paramref name="scopes"/> where it means one.</summary>
    private static string? Resolve(string name, IEnumerable<string> scopes, Dictionary<string, HashSet<string>> types)
    {
        name = name.StartsWith("global::", StringComparison.Ordinal) ? name["global::".Length..] : name;
        foreach (string scope in scopes)
        {
            string full = scope.Length == 0 ? name : scope + "." + name;
            if (types.ContainsKey(full))
            {
                return full;
            }
        }

        return null;
    }

    /// <summary>The namespace and the ones around it: StatiqSite.Loading.Yaml, StatiqSite.Loading, StatiqSite.</summary>
    private static IEnumerable<string> Enclosing(string ns)
    {
        for (string n = ns; n.Length > 0; n = n.Contains('.', StringComparison.Ordinal) ? n[..n.LastIndexOf('.')] : string.Empty)
        {
            yield return n;
        }
    }

    private static string NamespaceOf(string text) => FileNamespace().Match(text) is { Success: true } m ? m.Groups["name"].Value : string.Empty;

    private static string Strip(string text) => Literal().Replace(text, m => m.Value.StartsWith('/') ? " " : "\"\"");

    [GeneratedRegex(@"//[^\n]*|\$*"""""".*?""""""|/\*.*?\*/|@""(?:[^""]|"""")*""|\$?""(?:[^""\\\n]|\\.)*""|'(?:[^'\\\n]|\\.)'", RegexOptions.Singleline)]
    private static partial Regex Literal();

    [GeneratedRegex(@"^namespace\s+(?<name>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum|delegate\s+[\w<>?,\s\[\]]+?)\s+(?<name>[A-Z]\w*)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?<static>static\s+)?(?:\w+\s*=\s*)?(?<name>[\w.:]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"(?<![\w.])(?<name>(?:global::)?\w+(?:\.\w+)+)")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"(?<![\w.])[A-Z]\w*")]
    private static partial Regex Word();
}
