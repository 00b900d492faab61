using System.Collections.Frozen;
using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace StatiqSite.Publishing;

/// <summary>
/// Reads a built page once for the link check and the output audit: its ids, its links and what is unsafe
/// in it (see <see cref="ParsedPage"/>).
/// <para>
/// It runs AngleSharp's HTML5 tokenizer over the page's UTF-8 bytes and builds no tree: the tokenizer
/// decodes attributes as a browser does (entities, quoting, case), and text, comments and raw text are
/// skipped without being copied. What a tokenizer cannot know alone is which state to read the text
/// after a start tag in; the tree builder decides that, and the reader follows the same rules: script
/// data after <c>&lt;script&gt;</c>, raw text after <c>&lt;style&gt;</c>, <c>&lt;xmp&gt;</c>,
/// <c>&lt;iframe&gt;</c>, <c>&lt;noembed&gt;</c> and <c>&lt;noframes&gt;</c>, RCDATA after
/// <c>&lt;title&gt;</c> and <c>&lt;textarea&gt;</c>, plain text after <c>&lt;plaintext&gt;</c>, and none of
/// these inside SVG or MathML, where CDATA sections are read instead. <c>&lt;noscript&gt;</c> is read as
/// markup, as AngleSharp's parser reads it with scripting off, which is the stricter reading.
/// </para>
/// <para>
/// Where the tree builder's choice depends on more than the open SVG and MathML elements (inside
/// <c>&lt;select&gt;</c>, <c>&lt;template&gt;</c> and <c>&lt;frameset&gt;</c>, HTML inside SVG or MathML,
/// a script inside SVG, an end tag that closes more than foreign elements), the reader does not guess:
/// it reads that page with AngleSharp's full parser instead. The theme writes none of these, so every
/// built page takes the fast road; a test reads every page of the real site both ways and compares.
/// </para>
/// </summary>
public static partial class PageReader
{
    [ThreadStatic]
    private static PageCollector? collector;

    // Foreign elements whose children are HTML (integration points) in SVG or MathML.
    private static readonly FrozenSet<string> IntegrationPoints = FrozenSet.Create(StringComparer.Ordinal,
        "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml");

    // Start tags that leave SVG or MathML for HTML ("breakout" tags, font with or without attributes).
    private static readonly FrozenSet<string> Breakout = FrozenSet.Create(StringComparer.Ordinal,
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
        "sub", "sup", "table", "tt", "u", "ul", "var", "font");

    // The DOM's names for SVG elements, which the tokenizer gives in lowercase; used in the audit's messages.
    private static readonly FrozenDictionary<string, string> SvgNames = (
        "altGlyph altGlyphDef altGlyphItem animateColor animateMotion animateTransform clipPath feBlend feColorMatrix " +
        "feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight feDropShadow " +
        "feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset " +
        "fePointLight feSpecularLighting feSpotLight feTile feTurbulence foreignObject glyphRef linearGradient " +
        "radialGradient textPath")
        .Split(' ').ToFrozenDictionary(n => n.ToLowerInvariant(), StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BreakoutLookup = Breakout.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SvgNameLookup = SvgNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads a built page from its UTF-8 bytes, as the build holds it.</summary>
    public static ParsedPage Read(string path, ReadOnlyMemory<byte> utf8, string? source)
    {
        var page = collector ??= new PageCollector();
        if (Scan(utf8.Span, path, source, page) is { } scanned)
        {
            return scanned;
        }

        using var text = new TextSource(new ReadOnlyByteTextSource(utf8, Encoding.UTF8));
        return Stream(text, path, source, page) ?? Tree(Encoding.UTF8.GetString(utf8.Span), path, source, page);
    }

    /// <summary>Reads a page given as text.</summary>
    public static ParsedPage Read(PageToCheck page)
    {
        var pageCollector = collector ??= new PageCollector();
        if (Scan(page.Html.AsMemory(), page.Path, page.Source, pageCollector) is { } scanned)
        {
            return scanned;
        }

        using var text = new TextSource(page.Html);
        return Stream(text, page.Path, page.Source, pageCollector) ?? Tree(page.Html, page.Path, page.Source, pageCollector);
    }

    /// <summary>The streaming reading alone: null when the page needs the tree builder (see the class summary).</summary>
    internal static ParsedPage? Stream(string html)
    {
        using var text = new TextSource(html);
        return Stream(text, string.Empty, null, collector ??= new PageCollector());
    }

    /// <summary>The reading with AngleSharp's full parser, which the reader falls back to.</summary>
    internal static ParsedPage Tree(string html) => Tree(html, string.Empty, null, collector ??= new PageCollector());

    private static ParsedPage? Stream(TextSource text, string path, string? source, PageCollector page)
    {
        page.Clear();
        using var tokenizer = new HtmlTokenizer(text, HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipScriptText = true,
            SkipComments = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
            DisableElementPositionTracking = true,
        };

        // The open SVG and MathML elements, innermost last, with whether each is in SVG.
        var foreign = page.Foreign;
        foreign.Clear();
        bool inScript = false;
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    return page.ToPage(path, source);

                case HtmlTokenType.Character when inScript:
                    page.ScriptText(token.Data);
                    break;

                case HtmlTokenType.StartTag:
                    ReadOnlySpan<char> name = token.Name;
                    var attributes = page.Attributes(token.Attributes.Count);
                    for (int i = 0; i < attributes.Length; i++)
                    {
                        attributes[i] = token.Attributes[i];
                    }

                    if (foreign.Count == 0)
                    {
                        if (!HtmlStartTag(tokenizer, name, attributes, token.IsSelfClosing, page, ref inScript))
                        {
                            return null;
                        }
                    }
                    else if (!ForeignStartTag(name, attributes, token.IsSelfClosing, page))
                    {
                        return null;
                    }

                    break;

                case HtmlTokenType.EndTag when inScript:
                    // In script data the only end tag the tokenizer gives is the script's own.
                    inScript = false;
                    tokenizer.SkipScriptText = true;
                    page.EndScript();
                    break;

                case HtmlTokenType.EndTag when foreign.Count > 0:
                    if (!ForeignEndTag(token.Name, foreign))
                    {
                        return null;
                    }

                    tokenizer.IsAcceptingCharacterData = foreign.Count > 0;
                    break;
            }
        }
    }

    private static bool HtmlStartTag(HtmlTokenizer tokenizer, ReadOnlySpan<char> name, Span<MemoryHtmlAttributeToken> attributes, bool selfClosing, PageCollector page, ref bool inScript)
    {
        if (name is "select" or "template" or "frameset")
        {
            return false;
        }

        if (name is "svg" or "math")
        {
            AdjustForeignAttributes(attributes);
        }

        // The tree builder renames <image> to <img>.
        bool inlineScript = page.Element(name is "image" ? "img" : name, attributes, inert: false);
        switch (name)
        {
            case "script":
                tokenizer.State = HtmlParseMode.Script;
                tokenizer.SkipScriptText = !inlineScript;
                inScript = true;
                break;
            case "style" or "xmp" or "iframe" or "noembed" or "noframes":
                tokenizer.State = HtmlParseMode.Rawtext;
                break;
            case "title" or "textarea":
                tokenizer.State = HtmlParseMode.RCData;
                break;
            case "plaintext":
                tokenizer.State = HtmlParseMode.Plaintext;
                break;
            case "svg" or "math" when !selfClosing:
                page.Foreign.Add((name.ToString(), name is "svg"));
                tokenizer.IsAcceptingCharacterData = true;
                break;
        }

        return true;
    }

    private static bool ForeignStartTag(ReadOnlySpan<char> name, Span<MemoryHtmlAttributeToken> attributes, bool selfClosing, PageCollector page)
    {
        var (parent, svg) = page.Foreign[^1];
        if (IntegrationPoints.Contains(parent) || BreakoutLookup.Contains(name) || name is "script")
        {
            return false;
        }

        // A foreign element takes its parent's namespace, even <math> inside SVG.
        AdjustForeignAttributes(attributes);
        page.Element(svg && SvgNameLookup.TryGetValue(name, out string? domName) ? domName : name, attributes, inert: false);
        if (!selfClosing)
        {
            page.Foreign.Add((name.ToString(), svg));
        }

        return true;
    }

    /// <summary>
    /// AngleSharp's DOM names an SVG or MathML element's xlink:href "href" (in the XLink namespace), so
    /// it is a link and is audited as href, as SVG 2 treats the two alike. Where the element also has a
    /// plain href, the DOM keeps only one value; both are kept here, as a browser keeps both.
    /// </summary>
    private static void AdjustForeignAttributes(Span<MemoryHtmlAttributeToken> attributes)
    {
        for (int i = 0; i < attributes.Length; i++)
        {
            if (attributes[i].Name == "xlink:href")
            {
                attributes[i] = new MemoryHtmlAttributeToken(attributes[i].Position, "href", attributes[i].Value);
            }
        }
    }

    /// <summary>Closes the innermost open foreign element of that name and those inside it; false when none is open.</summary>
    private static bool ForeignEndTag(ReadOnlySpan<char> name, List<(string Name, bool Svg)> foreign)
    {
        for (int i = foreign.Count - 1; i >= 0; i--)
        {
            if (name.SequenceEqual(foreign[i].Name))
            {
                foreign.RemoveRange(i, foreign.Count - i);
                return true;
            }
        }

        return false;
    }
}
