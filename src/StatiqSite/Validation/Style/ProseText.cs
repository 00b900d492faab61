using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using StatiqSite.Content.Model;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Validation.Style;

/// <summary>A run of prose as written in the file: where it starts, and its characters.</summary>
public sealed record ProseLine(int Line, int Column, string Text);

/// <summary>
/// One piece of prose (a YAML field, or a paragraph, heading or list item of a body) joined into one
/// string, so that phrases and sentences that run over line breaks are found, with the way back from an
/// offset in that string to the line and column in the file. Markup that is not prose (link targets,
/// citation links, code, URLs, shortcodes) is blanked out, keeping every offset where it was.
/// </summary>
public sealed partial class ProseText
{
    private readonly ImmutableArray<ProseLine> lines;
    private readonly int[] starts;

    /// <param name="field">The YAML key the prose is the value of, or <see cref="Body"/>.</param>
    public ProseText(string field, ImmutableArray<ProseLine> lines)
    {
        Field = field;
        this.lines = lines;
        starts = new int[lines.Length];
        var text = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            starts[i] = text.Length;
            text.Append(lines[i].Text);
        }

        Text = Blank(text.ToString());
    }

    /// <summary>What <see cref="Field"/> is for the body of a briefing, explainer or page.</summary>
    public const string Body = "body";

    public string Field { get; }

    /// <summary>The prose with markup blanked out; lines joined by a space.</summary>
    public string Text { get; }

    public TextPosition PositionOf(int offset)
    {
        int i = Array.BinarySearch(starts, offset);
        if (i < 0)
        {
            i = ~i - 1;
        }

        var line = lines[Math.Max(0, i)];
        return new TextPosition(line.Line, line.Column + offset - starts[Math.Max(0, i)]);
    }

    private static string Blank(string text)
    {
        var chars = text.ToCharArray();
        foreach (Match m in NotProse().Matches(text))
        {
            // A link keeps its text ([words](target) is checked as "words"); a citation link is all markup.
            var g = m.Groups["target"].Success ? m.Groups["target"] : m.Groups[0];
            chars.AsSpan(g.Index, g.Length).Fill(' ');
        }

        return new string(chars);
    }

    // Citation links [¶N](source:id#N); other link targets; code spans; autolinks and bare URLs; shortcodes.
    [GeneratedRegex(@"\[¶[^\]]*\]\([^)\s]*\)|\](?<target>\([^)\s]*(?:\s+""[^""]*"")?\))|`[^`]*`|<[a-z]+:[^>\s]*>|\bhttps?://\S+|\{\{<.*?>\}\}")]
    private static partial Regex NotProse();

    /// <summary>The prose fields of a YAML document (a data file or a body's front matter), in file order.</summary>
    public static IEnumerable<ProseText> FromYaml(YamlValue? value, string[] fileLines, IReadOnlySet<string> proseFields)
    {
        switch (value)
        {
            case YamlMap map:
                foreach (var (key, item) in map.Entries)
                {
                    // A prose field holds text, or a list of texts (aliases).
                    var texts = !proseFields.Contains(key.Value) ? []
                        : item is YamlList list ? list.Items.OfType<YamlScalar>().Where(s => !s.IsNull).ToList()
                        : item is YamlScalar { IsNull: false } one ? [one] : new List<YamlScalar>();
                    if (texts.Count > 0)
                    {
                        foreach (var scalarLines in texts.Select(scalar => Scalar(scalar, fileLines)).Where(l => !l.IsEmpty))
                        {
                            yield return new ProseText(key.Value, scalarLines);
                        }
                    }
                    else
                    {
                        foreach (var inner in FromYaml(item, fileLines, proseFields))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case YamlList list:
                foreach (var inner in list.Items.SelectMany(item => FromYaml(item, fileLines, proseFields)))
                {
                    yield return inner;
                }

                break;
        }
    }

    /// <summary>
    /// The paragraphs, headings and list items of a Markdown body starting at <paramref name="firstLine"/>
    /// (1-based); fenced code and shortcode lines are not prose.
    /// </summary>
    public static IEnumerable<ProseText> FromMarkdown(string[] fileLines, int firstLine)
    {
        var block = ImmutableArray.CreateBuilder<ProseLine>();
        bool fenced = false;
        for (int i = firstLine - 1; i < fileLines.Length; i++)
        {
            string line = fileLines[i];
            string trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            bool starts = trimmed.Length == 0 || fenced || trimmed.StartsWith('#') || trimmed.StartsWith("{{<", StringComparison.Ordinal) || ListItem().IsMatch(trimmed);
            if (starts && block.Count > 0)
            {
                yield return new ProseText(Body, block.ToImmutable());
                block.Clear();
            }

            if (trimmed.Length > 0 && !fenced && !trimmed.StartsWith("{{<", StringComparison.Ordinal))
            {
                int indent = line.Length - trimmed.Length;
                block.Add(new ProseLine(i + 1, indent + 1, trimmed));
            }

            if (trimmed.StartsWith('#') && block.Count > 0)
            {
                yield return new ProseText(Body, block.ToImmutable());
                block.Clear();
            }
        }

        if (block.Count > 0)
        {
            yield return new ProseText(Body, block.ToImmutable());
        }
    }

    [GeneratedRegex(@"^([-*+]|\d+[.)])\s")]
    private static partial Regex ListItem();

    /// <summary>Where a scalar's text is in the file: after a quote, on the lines of a block, or the rest of a plain line.</summary>
    private static ImmutableArray<ProseLine> Scalar(YamlScalar scalar, string[] fileLines)
    {
        int index = scalar.At.Line - 1;
        int column = scalar.At.Column - 1;
        if (index < 0 || index >= fileLines.Length || column < 0 || column >= fileLines[index].Length)
        {
            return [];
        }

        string line = fileLines[index];
        char first = line[column];
        if (first is '|' or '>')
        {
            return Block(fileLines, index + 1);
        }

        if (first is '"' or '\'')
        {
            int close = line.LastIndexOf(first);
            int end = close > column ? close : line.Length;
            return [new ProseLine(index + 1, column + 2, line[(column + 1)..end])];
        }

        // In a flow mapping or list ({id: x, role: text}, [a, b]) a plain scalar ends at the next comma or bracket.
        int stop = line.LastIndexOfAny(['{', '['], column) >= 0 ? line.IndexOfAny([',', '}', ']'], column) : -1;
        int comment = line.IndexOf(" #", column, StringComparison.Ordinal);
        int length = (stop >= 0 ? stop : comment >= 0 ? comment : line.Length) - column;
        return [new ProseLine(index + 1, column + 1, line.Substring(column, length).TrimEnd())];
    }

    /// <summary>A block scalar's lines: those indented at least as far as its first line.</summary>
    private static ImmutableArray<ProseLine> Block(string[] fileLines, int from)
    {
        var builder = ImmutableArray.CreateBuilder<ProseLine>();
        int indent = -1;
        for (int i = from; i < fileLines.Length; i++)
        {
            string line = fileLines[i];
            string trimmed = line.TrimStart(' ');
            if (trimmed.Length == 0)
            {
                continue;
            }

            int depth = line.Length - trimmed.Length;
            if (indent < 0)
            {
                indent = depth;
            }

            if (depth < indent || depth == 0)
            {
                break;
            }

            builder.Add(new ProseLine(i + 1, depth + 1, trimmed));
        }

        return builder.ToImmutable();
    }
}
