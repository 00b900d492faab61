using System.Text.RegularExpressions;
using AngleSharp.Html.Parser.Tokens.Struct;
using StatiqSite.Validation;

namespace StatiqSite.Publishing;

/// <summary>
/// What the link check and the output audit take from one page, gathered element by element in document
/// order, whichever way <see cref="PageReader"/> read it. One per thread, cleared between pages, so that
/// reading a page allocates only what its <see cref="ParsedPage"/> keeps.
/// </summary>
internal sealed partial class PageCollector
{
    private readonly List<string> ids = [];
    private readonly List<string> links = [];
    private readonly List<string> refreshes = [];
    private readonly List<string> problems = [];
    private MemoryHtmlAttributeToken[] attributes = new MemoryHtmlAttributeToken[16];

    // Links and ids repeat across pages (a large site has 270,000 links but 12,000 different ones), so
    // each is kept once. Bounded, because a collector lives as long as its thread.
    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
    private const int MaxStrings = 1 << 16;

    // The finding of the inline script whose text is being read, while it is; -1 otherwise.
    private int script = -1;

    /// <summary>For the streaming reader: the open SVG and MathML elements, innermost last, with whether each is in SVG.</summary>
    public List<(string Name, bool Svg)> Foreign { get; } = [];

    public void Clear()
    {
        ids.Clear();
        links.Clear();
        refreshes.Clear();
        problems.Clear();
        script = -1;
    }

    /// <summary>A buffer for one element's attributes, valid until the next element; growing it keeps what it holds.</summary>
    public Span<MemoryHtmlAttributeToken> Attributes(int count)
    {
        if (attributes.Length < count)
        {
            // Kept: the quick scanner fills the buffer one attribute at a time.
            Array.Resize(ref attributes, Math.Max(count, attributes.Length * 2));
        }

        return attributes.AsSpan(0, count);
    }

    /// <summary>One element, in document order.</summary>
    /// <param name="name">Its local name as the DOM gives it (lowercase, or SVG's mixed case).</param>
    /// <param name="inert">Whether it is in a template's contents: audited, but not part of the page a link leads to.</param>
    /// <returns>Whether it is an inline script whose text (<see cref="ScriptText"/>) decides the finding.</returns>
    public bool Element(ReadOnlySpan<char> name, ReadOnlySpan<MemoryHtmlAttributeToken> attributes, bool inert)
    {
        if (!inert)
        {
            Targets(name, attributes);
        }

        script = HtmlAudit.Element(name, attributes, problems);
        return script >= 0;
    }

    /// <summary>Text of the inline script last given to <see cref="Element"/>: it runs if any of it is not white space.</summary>
    public void ScriptText(ReadOnlySpan<char> text)
    {
        if (script >= 0 && !text.IsWhiteSpace())
        {
            problems[script] = HtmlAudit.InlineScript;
            script = -1;
        }
    }

    public void EndScript() => script = -1;

    public ParsedPage ToPage(string path, string? source) =>
        new(path, source, new PageIds(ids), [.. links, .. refreshes], problems.Count == 0 ? [] : [.. problems]);

    /// <summary>The ids a link's fragment can name, and the links (href, src, meta refresh) to check.</summary>
    private void Targets(ReadOnlySpan<char> name, ReadOnlySpan<MemoryHtmlAttributeToken> attributes)
    {
        if (HtmlAudit.TryGet(attributes, "id", out var id) && id.Length > 0)
        {
            ids.Add(Keep(id));
        }

        if (name is "a" && HtmlAudit.TryGet(attributes, "name", out var anchor) && anchor.Length > 0)
        {
            ids.Add(Keep(anchor));
        }

        if ((HtmlAudit.TryGet(attributes, "href", out _) || HtmlAudit.TryGet(attributes, "src", out _))
            && !(name is "link" && HtmlAudit.TryGet(attributes, "rel", out var rel)
            && (rel.Contains("preconnect", StringComparison.OrdinalIgnoreCase) || rel.Contains("dns-prefetch", StringComparison.OrdinalIgnoreCase))))
        {
            // Every href, then every src: an SVG element can have both href and xlink:href (see PageReader).
            AddAll(attributes, "href");
            AddAll(attributes, "src");
        }

        if (name is "meta" && HtmlAudit.TryGet(attributes, "http-equiv", out var httpEquiv) && httpEquiv.Equals("refresh", StringComparison.OrdinalIgnoreCase))
        {
            string content = HtmlAudit.TryGet(attributes, "content", out var value) ? value.ToString() : string.Empty;
            if (RefreshTarget().Match(content) is { Success: true } m)
            {
                refreshes.Add(m.Groups[1].Value.Trim('\'', '"'));
            }
        }
    }

    private void AddAll(ReadOnlySpan<MemoryHtmlAttributeToken> attributes, string name)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Name == name)
            {
                links.Add(Keep(attribute.Value));
            }
        }
    }

    private string Keep(ReadOnlySpan<char> value)
    {
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(value, out string? kept))
        {
            return kept;
        }

        if (strings.Count == MaxStrings)
        {
            strings.Clear();
        }

        kept = value.ToString();
        strings.Add(kept);
        return kept;
    }

    [GeneratedRegex(@"^\s*\d+\s*[;,]\s*url\s*=\s*(.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RefreshTarget();
}
