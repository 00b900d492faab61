using AngleSharp.Dom;

namespace StatiqSite.Review;

/// <summary>
/// The words a reader sees in an element, in reading order: no scripts, styles, hidden elements or
/// text only for screen readers, and no drawings (a chart's values are also in its table, and its
/// axis labels would only add noise); block elements separate words.
/// </summary>
public static class VisibleText
{
    // Elements that run inside a line; every other element's edges separate words.
    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "del", "ins",
    };

    private static readonly HashSet<string> Unseen = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "svg",
    };

    /// <summary>Classes whose text is not part of what the diff compares (set by the caller per purpose).</summary>
    public static IReadOnlyList<string> Words(IElement root, IReadOnlySet<string> skipClasses)
    {
        var text = new System.Text.StringBuilder();
        Walk(root, text, skipClasses);
        return text.ToString().Split((char[])[' ', '\n', '\t', '\r', '\f', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
    }

    public static string Text(IElement root, IReadOnlySet<string> skipClasses) => string.Join(' ', Words(root, skipClasses));

    private static void Walk(INode node, System.Text.StringBuilder text, IReadOnlySet<string> skipClasses)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                text.Append(t.Data);
            }
            else if (child is IElement e && !Hidden(e, skipClasses))
            {
                bool block = !Inline.Contains(e.LocalName);
                if (block)
                {
                    text.Append(' ');
                }

                Walk(e, text, skipClasses);
                if (block)
                {
                    text.Append(' ');
                }
            }
        }
    }

    private static bool Hidden(IElement e, IReadOnlySet<string> skipClasses) =>
        Unseen.Contains(e.LocalName)
        || e.HasAttribute("hidden")
        || e.ClassList.Any(c => c == "visually-hidden" || skipClasses.Contains(c));
}
