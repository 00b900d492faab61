using System.Collections.Immutable;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace StatiqSite.Theme.Strings;

/// <summary>
/// A reader-facing sentence with named placeholders ("Showing all {count} events."). The loader checks a
/// site's text against the placeholders its key allows, so filling never meets a name it was not given.
/// </summary>
public sealed class Template
{
    private readonly ImmutableArray<(string Text, string? Name)> parts;

    private Template(ImmutableArray<(string Text, string? Name)> parts) => this.parts = parts;

    /// <summary>The text in the template syntax it was read from, for the script that fills it in the browser (app.js).</summary>
    public override string ToString() => string.Concat(parts.Select(p => p.Name is null ? p.Text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal) : "{" + p.Name + "}"));

    /// <summary>
    /// Reads <paramref name="text"/> with the one placeholder parser (<see cref="Content.Language.Template.Split"/>);
    /// the strings loader has reported any brace without its partner, so one here is a bug.
    /// </summary>
    public static Template Parse(string text) =>
        Content.Language.Template.Split(text, out var error) is { } tokens
            ? new Template([.. tokens.Select(t => (t.Text, t.Name))])
            : throw new InvalidOperationException($"'{text}': {error.Message}");

    /// <summary>The placeholder names a valid text uses, each once, in order of first use.</summary>
    public static IEnumerable<string> Placeholders(string text) => Parse(text).Names;

    public IEnumerable<string> Names => parts.Where(p => p.Name is not null).Select(p => p.Name!).Distinct(StringComparer.Ordinal);

    /// <summary>The text with each placeholder replaced by its value.</summary>
    public string Fill(params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = new StringBuilder();
        foreach (var (literal, name) in parts)
        {
            text.Append(name is null ? literal : Lookup(values, name));
        }

        return text.ToString();
    }

    /// <summary>The template with some placeholders filled and the others left for later.</summary>
    public Template With(params ReadOnlySpan<(string Name, string Value)> values)
    {
        var filled = ImmutableArray.CreateBuilder<(string Text, string? Name)>(parts.Length);
        foreach (var (literal, name) in parts)
        {
            int i = name is null ? -1 : IndexOf(values, name);
            filled.Add(i < 0 ? (literal, name) : (values[i].Value, null));
        }

        return new Template(filled.MoveToImmutable());
    }

    /// <summary>
    /// The text as markup, with placeholders replaced by fragments (a link inside a sentence) or by text,
    /// which the renderer encodes as it encodes any value a component writes.
    /// </summary>
    public RenderFragment Render(params (string Name, object Value)[] values) => builder =>
    {
        foreach (var (literal, name) in parts)
        {
            if (name is null)
            {
                builder.AddMarkupContent(0, Copy.Escape(literal));
                continue;
            }

            switch (values.First(v => v.Name == name).Value)
            {
                case RenderFragment fragment:
                    builder.AddContent(1, fragment);
                    break;
                case IFormattable number:
                    builder.AddContent(2, number.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case var value:
                    builder.AddContent(3, value.ToString());
                    break;
            }
        }
    };

    private static string Lookup(ReadOnlySpan<(string Name, string Value)> values, string name) =>
        IndexOf(values, name) is var i and >= 0 ? values[i].Value : throw new InvalidOperationException($"no value for the placeholder {{{name}}}");

    private static int IndexOf(ReadOnlySpan<(string Name, string Value)> values, string name)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }
}
