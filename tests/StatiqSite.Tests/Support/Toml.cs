using System.Globalization;
using System.Text;

namespace StatiqSite.Tests.Support;

/// <summary>
/// A reader for the part of TOML that netlify.toml uses: [tables], [[arrays of tables]], dotted
/// sub-tables, and key = "basic string" | 'literal string' | integer | boolean, with comments.
/// Anything else throws, so a netlify.toml the test cannot read fails the test instead of passing it.
/// </summary>
public static class Toml
{
    public sealed class Table : Dictionary<string, object>
    {
        public Table()
            : base(StringComparer.Ordinal)
        {
        }

        public Table Sub(string key) => (Table)this[key];

        public IReadOnlyList<Table> Array(string key) => TryGetValue(key, out var v) ? (List<Table>)v : [];
    }

    public static Table Parse(string text)
    {
        var root = new Table();
        var current = root;
        int lineNumber = 0;
        foreach (string raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            string line = StripComment(raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("[[", StringComparison.Ordinal))
            {
                string[] path = line[2..^2].Trim().Split('.');
                var parent = Walk(root, path[..^1]);
                if (!parent.TryGetValue(path[^1], out var list))
                {
                    parent[path[^1]] = list = new List<Table>();
                }

                current = new Table();
                ((List<Table>)list).Add(current);
            }
            else if (line.StartsWith('['))
            {
                current = Walk(root, line[1..^1].Trim().Split('.'));
            }
            else
            {
                int eq = line.IndexOf('=', StringComparison.Ordinal);
                if (eq < 0)
                {
                    throw new FormatException($"line {lineNumber}: expected key = value");
                }

                string key = line[..eq].Trim().Trim('"');
                current[key] = Value(line[(eq + 1)..].Trim(), lineNumber);
            }
        }

        return root;
    }

    /// <summary>Tables named by a path; for an array of tables, its last element, as TOML defines.</summary>
    private static Table Walk(Table root, string[] path)
    {
        var table = root;
        foreach (string part in path)
        {
            if (!table.TryGetValue(part, out var next))
            {
                table[part] = next = new Table();
            }

            table = next is List<Table> list ? list[^1] : (Table)next;
        }

        return table;
    }

    private static object Value(string text, int line)
    {
        if (text.StartsWith('"'))
        {
            var value = new StringBuilder();
            for (int i = 1; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '"')
                {
                    return value.ToString();
                }

                if (c == '\\')
                {
                    char next = text[++i];
                    value.Append(next switch
                    {
                        'n' => '\n',
                        't' => '\t',
                        '"' => '"',
                        '\\' => '\\',
                        _ => throw new FormatException($"line {line}: escape \\{next} is not supported here"),
                    });
                    continue;
                }

                value.Append(c);
            }

            throw new FormatException($"line {line}: unterminated string");
        }

        if (text.StartsWith('\''))
        {
            int end = text.IndexOf('\'', 1);
            return end > 0 ? text[1..end] : throw new FormatException($"line {line}: unterminated string");
        }

        if (text is "true" or "false")
        {
            return text == "true";
        }

        return long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long number)
            ? number
            : throw new FormatException($"line {line}: unsupported value {text}");
    }

    private static string StripComment(string line)
    {
        bool inBasic = false;
        bool inLiteral = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '\\' && inBasic)
            {
                i++;
            }
            else if (c == '"' && !inLiteral)
            {
                inBasic = !inBasic;
            }
            else if (c == '\'' && !inBasic)
            {
                inLiteral = !inLiteral;
            }
            else if (c == '#' && !inBasic && !inLiteral)
            {
                return line[..i];
            }
        }

        return line;
    }
}
