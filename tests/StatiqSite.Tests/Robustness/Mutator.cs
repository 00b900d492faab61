using System.Text;
using System.Text.RegularExpressions;

namespace StatiqSite.Tests.Robustness;

/// <summary>
/// Seeded mutations of content files, the kinds of damage an editor, a merge or a hostile pull request
/// does: flipped bytes, lost or doubled lines, renamed keys, changed values, truncation and inserted junk.
/// The same seed always gives the same mutation.
/// </summary>
public static partial class Mutator
{
    private static readonly string[] Junk =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "[x](java&#x09;script:1)",
        "{{< event nowhere >}}", "{{< figure >}}", "{{<", "[a](actor:nobody)", "[a](source:nowhere#0)", "<javascript:alert(1)>",
        "&a [1, 2]", "*a", "&a", "!!binary aGk=", "!custom x", "? [a, b]\n: c\n", "%YAML 1.1\n", "---\n", "...\n", "```\n", "~~~\n",
        ": :", "- - -", "key: value\n", "  - ", "\t", "\r", "\r\n", "\u00a0", "\ufeff", "\u200b", "\u0000", "\u0007", "\u001b[31m",
        "é", "😀", "\ud800", "#", "'", "\"", "|", ">", "{", "}", "[", "]", ",", "&", "*", "!", "%", "@", "`",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "{a: {b: {c: {d: {e: {f: {g: {h:", "2020-02-30", "9999-24", "00XX", "../", "..", "¶0", "¶-1",

        // Markdown nested past the limits, or dense enough to be quadratic, and references to forbidden characters.
        string.Concat(Enumerable.Repeat("> ", 130)), string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "- a\n")),
        new string('[', 200), new string('*', 300) + "a" + new string('*', 300), string.Concat(Enumerable.Repeat("[a](", 3000)),
        string.Concat(Enumerable.Repeat("![", 150)), string.Concat(Enumerable.Repeat("1. ", 40)), "&#x1b;[2J", "&#xFFFF;", "&#0;", "&#x202e;",
        "| a | b |\n|:-:|--:|\n| c | d |\n", "+---+\n| a |\n+===+\n| b |\n+---+\n",
    ];

    private static readonly string[] Values =
    [
        "[]", "{}", "~", "null", "''", "\"\"", "-1", "0", "1.5", "1e9", "99999999999999999999", "2020-13-45", "2020-02-30", "2019-24/2019-21",
        "\"unclosed", "'unclosed", "|", ">", "&x", "*x", "!tag", "[a, [b, [c]]]", "{a: 1}", "- a", "yes", "true", "NaN", ".inf", "0x1F",
        "../../etc/passwd", "C:\\x", "con", "a/b", "JaVaScRiPt:alert(1)", "¶999999999999", "..", "../2020", "2020/", "/",

        // Double-quoted escapes that decode to what the raw file may not hold, and numbers past the chart's arithmetic.
        "\"\\x1b[31mred\"", "\"a\\0b\"", "\"bell\\a\"", "\"\\e[2J\"", "\"\\uFFFE\"", "\"\\uD800\"", "\"a\\nb: forged\"", "\"\\x85\"",
        "\"\\u202Eevil\"", "\"=HYPERLINK(1)\"", "@SUM(1)", "79228162514264337593543950335", "1000000000000001",
    ];

    /// <returns>The mutated bytes and a short description of what was done, for the failure message.</returns>
    public static (byte[] Bytes, string What) Mutate(byte[] original, Random random)
    {
        byte[] bytes = original;
        var what = new List<string>();
        int rounds = random.Next(4) == 0 ? random.Next(2, 5) : 1;
        for (int i = 0; i < rounds; i++)
        {
            (bytes, string step) = Once(bytes, random);
            what.Add(step);
        }

        return (bytes, string.Join("; ", what));
    }

    private static (byte[] Bytes, string What) Once(byte[] bytes, Random random)
    {
        switch (random.Next(11))
        {
            case 0:
                return FlipBits(bytes, random);
            case 1:
                return SetByte(bytes, random);
            case 2:
                return Truncate(bytes, random);
            case 3:
                return InsertJunk(bytes, random);
            default:
                break;
        }

        string text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').ToList();
        (string result, string what) = random.Next(7) switch
        {
            0 => DeleteLines(lines, random),
            1 => DuplicateLines(lines, random),
            2 => SwapLines(lines, random),
            3 => RenameKey(lines, random),
            4 => ReplaceValue(lines, random),
            5 => Reindent(lines, random),
            _ => RenameKey(lines, random),
        };
        return (Encoding.UTF8.GetBytes(result), what);
    }

    private static (byte[], string) FlipBits(byte[] bytes, Random random)
    {
        byte[] copy = [.. bytes];
        int n = random.Next(1, 5);
        for (int i = 0; i < n && copy.Length > 0; i++)
        {
            int at = random.Next(copy.Length);
            copy[at] ^= (byte)(1 << random.Next(8));
        }

        return (copy, $"flipped {n} bit(s)");
    }

    private static (byte[], string) SetByte(byte[] bytes, Random random)
    {
        if (bytes.Length == 0)
        {
            return ([0xFF], "wrote 0xFF into an empty file");
        }

        byte[] copy = [.. bytes];
        int at = random.Next(copy.Length);
        byte value = (byte)random.Next(256);
        copy[at] = value;
        return (copy, $"set byte {at} to 0x{value:X2}");
    }

    private static (byte[], string) Truncate(byte[] bytes, Random random)
    {
        int length = bytes.Length == 0 ? 0 : random.Next(bytes.Length);
        return (bytes[..length], $"truncated to {length} bytes");
    }

    private static (byte[], string) InsertJunk(byte[] bytes, Random random)
    {
        string junk = Junk[random.Next(Junk.Length)];
        byte[] insert = random.Next(8) == 0 ? RandomBytes(random) : Encoding.UTF8.GetBytes(junk);
        int at = random.Next(bytes.Length + 1);
        return ([.. bytes[..at], .. insert, .. bytes[at..]], $"inserted {insert.Length} byte(s) at {at}");
    }

    private static byte[] RandomBytes(Random random)
    {
        byte[] b = new byte[random.Next(1, 16)];
        random.NextBytes(b);
        return b;
    }

    private static (string, string) DeleteLines(List<string> lines, Random random)
    {
        int at = random.Next(lines.Count);
        int n = Math.Min(random.Next(1, 4), lines.Count - at);
        lines.RemoveRange(at, n);
        return (string.Join('\n', lines), $"deleted {n} line(s) from line {at + 1}");
    }

    private static (string, string) DuplicateLines(List<string> lines, Random random)
    {
        int at = random.Next(lines.Count);
        int n = Math.Min(random.Next(1, 4), lines.Count - at);
        lines.InsertRange(at, lines.GetRange(at, n));
        return (string.Join('\n', lines), $"duplicated {n} line(s) at line {at + 1}");
    }

    private static (string, string) SwapLines(List<string> lines, Random random)
    {
        int a = random.Next(lines.Count);
        int b = random.Next(lines.Count);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return (string.Join('\n', lines), $"swapped lines {a + 1} and {b + 1}");
    }

    private static (string, string) RenameKey(List<string> lines, Random random)
    {
        var keyed = Enumerable.Range(0, lines.Count).Where(i => Key().IsMatch(lines[i])).ToList();
        if (keyed.Count == 0)
        {
            return DeleteLines(lines, random);
        }

        int at = keyed[random.Next(keyed.Count)];
        var match = Key().Match(lines[at]);
        string key = match.Groups[2].Value;
        string renamed = random.Next(5) switch
        {
            0 => key.Length > 1 ? key.Remove(random.Next(key.Length), 1) : key + "x",
            1 => key.ToUpperInvariant(),
            2 => key + "s",
            3 => key.Replace('_', '-'),
            _ => KeyOnAnotherLine(lines, keyed, random) ?? key + "_",
        };
        lines[at] = match.Groups[1].Value + renamed + lines[at][match.Length..];
        return (string.Join('\n', lines), $"renamed key '{key}' to '{renamed}' on line {at + 1}");
    }

    private static string? KeyOnAnotherLine(List<string> lines, List<int> keyed, Random random) =>
        Key().Match(lines[keyed[random.Next(keyed.Count)]]).Groups[2].Value;

    private static (string, string) ReplaceValue(List<string> lines, Random random)
    {
        var keyed = Enumerable.Range(0, lines.Count).Where(i => KeyValue().IsMatch(lines[i])).ToList();
        if (keyed.Count == 0)
        {
            return DuplicateLines(lines, random);
        }

        int at = keyed[random.Next(keyed.Count)];
        var match = KeyValue().Match(lines[at]);
        string value = Values[random.Next(Values.Length)];
        lines[at] = match.Groups[1].Value + value;
        return (string.Join('\n', lines), $"set the value on line {at + 1} to {value}");
    }

    private static (string, string) Reindent(List<string> lines, Random random)
    {
        int at = random.Next(lines.Count);
        int shift = random.Next(-3, 4);
        lines[at] = shift >= 0 ? new string(' ', shift) + lines[at] : lines[at].TrimStart();
        return (string.Join('\n', lines), $"re-indented line {at + 1} by {shift}");
    }

    [GeneratedRegex(@"^(\s*(?:-\s+)?)([a-z_]+)(?=:)")]
    private static partial Regex Key();

    [GeneratedRegex(@"^(\s*(?:-\s+)?[a-z_]+:\s*)\S")]
    private static partial Regex KeyValue();
}
