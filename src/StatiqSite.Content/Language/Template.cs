using System.Collections.Immutable;
using System.Text;

namespace StatiqSite.Content.Language;

/// <summary>
/// A piece of language data with named placeholders ("{day} {month} {year}"), parsed once and checked
/// against the names its use allows, so that a misspelt placeholder is an error where it is written
/// rather than a literal brace on a page. <c>{{</c> and <c>}}</c> stand for braces.
/// </summary>
public sealed class Template
{
    // Literal text and placeholders alternate: parts[0], slot[0], parts[1], slot[1], ..., parts[^1].
    private readonly ImmutableArray<string> parts;
    private readonly ImmutableArray<int> slots;

    private Template(string text, ImmutableArray<string> parts, ImmutableArray<int> slots)
    {
        Text = text;
        this.parts = parts;
        this.slots = slots;
    }

    /// <summary>The text as written.</summary>
    public string Text { get; }

    /// <summary>
    /// Parses <paramref name="text"/>, whose placeholders must be among <paramref name="names"/>; the
    /// position of each value passed to <see cref="Fill(string[])"/> is its name's position there.
    /// </summary>
    /// <param name="error">What is wrong and at which character (0-based), when the result is null.</param>
    public static Template? Parse(string text, IReadOnlyList<string> names, out (string Message, int Offset) error)
    {
        if (Split(text, out error) is not { } tokens)
        {
            return null;
        }

        var parts = ImmutableArray.CreateBuilder<string>();
        var slots = ImmutableArray.CreateBuilder<int>();
        var literal = new StringBuilder();
        foreach (var (part, name, offset) in tokens)
        {
            if (name is null)
            {
                literal.Append(part);
                continue;
            }

            int slot = IndexOf(names, name);
            if (slot < 0)
            {
                error = ($"unknown placeholder '{{{name}}}'; this text may use {string.Join(", ", names.Select(n => "{" + n + "}"))}", offset);
                return null;
            }

            parts.Add(literal.ToString());
            literal.Clear();
            slots.Add(slot);
        }

        parts.Add(literal.ToString());
        return new Template(text, parts.ToImmutable(), slots.ToImmutable());
    }

    /// <summary>
    /// The one reading of placeholder text, shared by the language rules and the theme's strings: literal runs
    /// (with <c>{{</c> and <c>}}</c> read as braces) and placeholders (<c>{name}</c>, Name set), in order, each
    /// with the offset it starts at. Null, with the error, when a brace has no partner.
    /// </summary>
    public static ImmutableArray<(string Text, string? Name, int Offset)>? Split(string text, out (string Message, int Offset) error)
    {
        var tokens = ImmutableArray.CreateBuilder<(string, string?, int)>();
        var literal = new StringBuilder();
        int literalAt = 0;
        error = default;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((c == '{' || c == '}') && i + 1 < text.Length && text[i + 1] == c)
            {
                literal.Append(c);
                i++;
                continue;
            }

            if (c == '}')
            {
                error = ("a '}' without its '{'; write '}}' for a brace", i);
                return null;
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            int end = text.IndexOf('}', i + 1);
            if (end < 0)
            {
                error = ("a '{' without its '}'; write '{{' for a brace", i);
                return null;
            }

            if (literal.Length > 0)
            {
                tokens.Add((literal.ToString(), null, literalAt));
                literal.Clear();
            }

            tokens.Add((string.Empty, text[(i + 1)..end], i));
            i = end;
            literalAt = end + 1;
        }

        if (literal.Length > 0)
        {
            tokens.Add((literal.ToString(), null, literalAt));
        }

        return tokens.ToImmutable();
    }

    /// <summary>The text with each placeholder replaced by the value at its name's position.</summary>
    public string Fill(params string[] values)
    {
        if (slots.IsEmpty)
        {
            return parts[0];
        }

        var sb = new StringBuilder(Text.Length + 32);
        for (int i = 0; i < slots.Length; i++)
        {
            sb.Append(parts[i]).Append(values[slots[i]]);
        }

        return sb.Append(parts[^1]).ToString();
    }

    public override string ToString() => Text;

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (int i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
