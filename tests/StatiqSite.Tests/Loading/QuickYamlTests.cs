using System.Text;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading;
using StatiqSite.Loading.Yaml;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Loading;

/// <summary>
/// The quick YAML reader must read exactly as YamlDotNet whenever it reads a text at all: the same
/// values, styles and positions. Checked on every YAML text of the real site and on seeded random
/// changes to them, and it must accept most real texts, or it would be a fast road nobody takes.
/// </summary>
public class QuickYamlTests
{
    private static readonly Origin File = new("input/x.yml", TextPosition.Start);

    [Fact]
    public void Every_real_content_text_reads_the_same_both_ways_and_most_take_the_quick_road()
    {
        var texts = RealTexts();
        int quick = 0;
        foreach (var (name, yaml, offset) in texts)
        {
            if (Compare(yaml, offset, name))
            {
                quick++;
            }
        }

        Assert.True(texts.Count > 100, $"only {texts.Count} texts found");
        Assert.True(quick * 10 >= texts.Count * 8, $"the quick reader took only {quick} of {texts.Count} real texts");
    }

    [Theory]
    [InlineData(20261121)]
    [InlineData(20261122)]
    [InlineData(20261123)]
    public void Random_changes_to_real_texts_read_the_same_whenever_the_quick_reader_accepts_them(int seed)
    {
        var random = new Random(seed);
        var texts = RealTexts();
        int quick = 0;
        for (int n = 0; n < 3000; n++)
        {
            var (name, yaml, offset) = texts[random.Next(texts.Count)];
            string changed = Mutate(random, yaml);
            if (Compare(changed, offset, $"{name} changed to:\n{changed}"))
            {
                quick++;
            }
        }

        Assert.True(quick > 300, $"only {quick} changed texts took the quick road");
    }

    [Theory]
    [InlineData("a: b\n")]
    [InlineData("a: 'it''s'\nb: \"q\"\n")]
    [InlineData("list: [a, 'b c', \"d\"]\nmap: {k: v, l: \"w\"}\nnone: []\n")]
    [InlineData("s:\n- a\n- b\nt: c\n")]
    [InlineData("s:\n  - id: a\n    role: b\n  - {id: c}\n")]
    [InlineData("# comment\nt: |\n  one\n\n  two # not a comment\n    more\n\nu: x\n")]
    [InlineData("t: |\n  a\n     \n  b\n   \nu: v\n")]
    [InlineData("t: |\n    indented more\n  \n")]
    [InlineData("n:\n  deep:\n    deeper: [x]\n")]
    [InlineData("url: https://example.org/a#b\n")]
    public void Shapes_of_the_subset_are_read_quickly_and_the_same(string yaml)
    {
        Assert.True(Compare(yaml, 1, yaml), $"the quick reader gave up on:\n{yaml}");
    }

    [Theory]
    [InlineData("a:\tb\n")]
    [InlineData("a: b # comment\n")]
    [InlineData("a: \"x\\ty\"\n")]
    [InlineData("a: >\n  folded\n")]
    [InlineData("a: |-\n  kept\n")]
    [InlineData("a:\nb: c\n")]
    [InlineData("a: b\na: c\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: b\n  c\n")]
    [InlineData("a: &x b\n")]
    [InlineData("a: [b,]\n")]
    [InlineData("a: {b: c, b: d}\n")]
    [InlineData("a: b\r\n")]
    [InlineData("a: \"unclosed\n")]
    public void Anything_in_doubt_is_left_to_yamldotnet(string yaml)
    {
        Assert.Null(QuickYaml.TryRead(yaml, 0));
    }

    /// <summary>True when the quick reader read the text; then it must agree with YamlDotNet.</summary>
    private static bool Compare(string yaml, int lineOffset, string what)
    {
        var quick = QuickYaml.TryRead(yaml, lineOffset);
        if (quick is null)
        {
            return false;
        }

        var diagnostics = new DiagnosticBag();
        var full = YamlReader.ReadWithParser(yaml, File, diagnostics, lineOffset, out bool ok);
        Assert.True(ok && diagnostics.ToSortedList().Count == 0, $"the quick reader accepted a text YamlDotNet rejects ({string.Join("; ", diagnostics.ToSortedList().Select(d => d.Message))}): {what}");
        Assert.True(full is not null, $"YamlDotNet read nothing: {what}");
        string expected = Show(full), actual = Show(quick);
        Assert.True(expected == actual, $"the readings differ for {what}\nYamlDotNet:\n{expected}\nquick:\n{actual}");
        return true;
    }

    private static string Show(YamlValue value)
    {
        var text = new StringBuilder();
        Show(value, text, 0);
        return text.ToString();
    }

    private static void Show(YamlValue value, StringBuilder text, int depth)
    {
        text.Append(' ', depth * 2).Append(value.At.Line).Append(':').Append(value.At.Column).Append(' ');
        switch (value)
        {
            case YamlScalar s:
                text.Append(s.IsPlain ? "plain " : "quoted ").Append(System.Text.Json.JsonSerializer.Serialize(s.Value)).Append('\n');
                break;
            case YamlList l:
                text.Append("list\n");
                foreach (var item in l.Items)
                {
                    Show(item, text, depth + 1);
                }

                break;
            case YamlMap m:
                text.Append("map\n");
                foreach (var (key, item) in m.Entries)
                {
                    Show(key, text, depth + 1);
                    Show(item, text, depth + 2);
                }

                break;
        }
    }

    private static List<(string Name, string Yaml, int Offset)> RealTexts()
    {
        var texts = new List<(string, string, int)>();
        foreach (var path in Directory.EnumerateFiles(Repo.Input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string text = System.IO.File.ReadAllText(path).ReplaceLineEndings("\n");
            if (path.EndsWith(".yml", StringComparison.Ordinal))
            {
                texts.Add((path, text, 0));
            }
            else if (path.EndsWith(".md", StringComparison.Ordinal) && FrontMatter.Split(text, File, new DiagnosticBag()) is { } front)
            {
                texts.Add((path, front.Yaml, FrontMatter.YamlLineOffset));
            }
        }

        return texts;
    }

    private static readonly string[] Pieces =
    [
        " ", "  ", "\n", "\n  ", "- ", ": ", ":", "#", " #", "'", "''", "\"", "\\", "[", "]", "{", "}", ",", "|", ">", "-", "&a", "*a",
        "!", "%", "@", "?", "\t", "\r", "x", "key: v\n", "\n- ", "~", "null", "¶", "—", "\u2028", "\uFEFF",
    ];

    private static string Mutate(Random random, string yaml)
    {
        var text = new StringBuilder(yaml);
        int changes = random.Next(1, 4);
        for (int c = 0; c < changes && text.Length > 0; c++)
        {
            int at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    text.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 1:
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(random.Next(1, 4), text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 2:
                    // Indent or dedent a line by a space, the commonest real slip.
                    int lineStart = at == 0 ? 0 : text.ToString().LastIndexOf('\n', Math.Min(at, text.Length) - 1) + 1;
                    if (lineStart < text.Length && text[lineStart] == ' ' && random.Next(2) == 0)
                    {
                        text.Remove(lineStart, 1);
                    }
                    else
                    {
                        text.Insert(lineStart, ' ');
                    }

                    break;
                default:
                    text.Insert(at, Pieces[random.Next(Pieces.Length)] + Pieces[random.Next(Pieces.Length)]);
                    break;
            }
        }

        return text.ToString();
    }
}
