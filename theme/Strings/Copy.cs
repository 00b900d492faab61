using System.Text;
using Microsoft.AspNetCore.Components;

namespace StatiqSite.Theme.Strings;

/// <summary>
/// Strings from the strings file written into element content. Only the characters that could start markup
/// are escaped, so that a sentence reads byte for byte as it did when it was written into the component
/// (the renderer would also turn every typographic apostrophe into a character reference).
/// </summary>
public static class Copy
{
    public static MarkupString Text(string text) => new(Escape(text));

    /// <summary>Inline markup as a placeholder's value: <c>Render(("sources", Fragment(@&lt;a ...&gt;...&lt;/a&gt;)))</c>.</summary>
    public static RenderFragment Fragment(RenderFragment fragment) => fragment;

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
