using StatiqSite.Diagnostics;

namespace StatiqSite.Tests.Robustness;

/// <summary>
/// The bad-input catalogue, part three: what used to crash the build, hang it or smuggle bytes into the
/// site (issue 17): deep nesting, dense Markdown, characters decoded from escapes, huge numbers, many keys.
/// </summary>
public static partial class Catalogue
{
    private static string Repeat(string s, int times) => string.Concat(Enumerable.Repeat(s, times));

    private static IEnumerable<BadInput> Limits() =>
    [
        new("limit/deep-block-quotes-in-a-body", Codes.MarkdownTooComplex, About, 6,
            s => s.AboutBody("Hello.\n" + Repeat("> ", 128) + "deep\n")) { Says = "at most 32" },
        new("limit/deep-list-in-a-body", Codes.MarkdownTooComplex, About, 37,
            s => s.AboutBody(string.Concat(Enumerable.Range(0, 45).Select(i => new string(' ', 2 * i) + "- item\n")))) { Says = "list levels" },
        new("limit/deep-ordered-list-on-one-line", Codes.MarkdownTooComplex, About, 5,
            s => s.AboutBody(Repeat("1. ", 60) + "deep\n")) { Says = "at most 32" },
        new("limit/deep-block-quotes-in-a-yaml-summary", Codes.MarkdownTooComplex, Strike, 9,
            s => s.Replace(Strike, "summary: A U.S. strike killed **Soleimani**.", "summary: \"" + Repeat("> ", 128) + "deep\"")),
        new("limit/nested-emphasis", Codes.MarkdownTooComplex, About, 5,
            s => s.AboutBody(new string('*', 300) + "a" + new string('*', 300) + "\n")) { Says = "split it" },
        new("limit/nested-images", Codes.MarkdownTooComplex, About, 5,
            s => s.AboutBody(Repeat("![", 200) + "a" + Repeat("](b)", 200) + "\n")),
        new("limit/link-openers-100000", Codes.MarkdownTooComplex, About, 5,
            s => s.AboutBody(Repeat("[a](", 100_000) + "\n")) { Says = "300,000 marks in 400,000 characters" },
        new("limit/footnote-flood", Codes.MarkdownTooComplex, About, 7,
            s => s.AboutBody("Hello.\n\n" + Repeat("[^a]", 20_000) + "\n")),
        // Within the density budget but deeper than Markdig allows: the boundary catch reports it.
        new("limit/nested-brackets-past-markdig", Codes.UnreadableMarkdown, About, 5,
            s => s.AboutBody(new string('[', 200) + "\n")) { Says = "nests" },
        new("limit/huge-figure-value", Codes.InvalidValue, "figures/troops.yml", 4,
            s => s.Write("figures/troops.yml", Figure.Replace("value: 2500", "value: 79228162514264337593543950335", StringComparison.Ordinal))) { Says = "at most 1,000,000,000,000,000" },
        new("limit/huge-figure-high", Codes.InvalidValue, "figures/troops.yml", 5,
            s => s.Write("figures/troops.yml", Figure.Replace("value: 2500", "value: 2500\n    high: 9000000000000000000000000000", StringComparison.Ordinal))),
        // Messages that used to mislead.
        new("msg/broken-link-repeated-on-one-page", Codes.BrokenLink, About, 5,
            s => s.AboutBody(Repeat("See [this](/no-such-page/). ", 5) + "\n")) { Says = "(5 times on the page)" },
        new("msg/draft-event-still-referenced", Codes.UnknownReference, "briefings/2020-01-strike-week.md", 5,
            s => s.Append(Strike, "draft: true\n")) { Says = "is a draft" },
        new("yaml/document-end-then-text", Codes.YamlSyntax, Baghdad, 9,
            s => s.Append(Baghdad, "...\nrole: Again\n")) { Says = "ended with '...' on line 8" },
        new("enc/escaped-escape-character", Codes.ControlCharacter, Strike, 1,
            s => s.Replace(Strike, "title: The strike", "title: \"The \\x1b[31mstrike\"")) { Says = "U+001B" },
        new("enc/escaped-nul", Codes.ControlCharacter, Baghdad, 3,
            s => s.Replace(Baghdad, "role: Capital of Iraq", "role: \"Capital\\0 of Iraq\"")) { Says = "U+0000" },
        new("enc/escaped-bell-in-a-list", Codes.ControlCharacter, Soleimani, 3,
            s => s.Replace(Soleimani, "aliases: [Qassim Soleimani]", "aliases: [\"Qassim\\a Soleimani\"]")) { Says = "U+0007" },
        new("enc/escaped-non-character", Codes.ControlCharacter, ArticleOne, 1,
            s => s.Replace(ArticleOne, "title: A news report on the strike", "title: \"A report\\uFFFE\"")) { Says = "U+FFFE" },
        // YamlDotNet refuses a lone surrogate itself.
        new("enc/escaped-lone-surrogate", Codes.YamlSyntax, ArticleOne, 1,
            s => s.Replace(ArticleOne, "title: A news report on the strike", "title: \"A report\\uD800\"")) { Says = "surrogates" },
        new("enc/raw-non-character", Codes.ControlCharacter, About, 5, s => s.AboutBody("Hello \uFFFF there.\n")) { Column = 7 },
        new("enc/raw-c1-control", Codes.ControlCharacter, About, 5, s => s.AboutBody("Hello \u009B31m there.\n")) { Column = 7 },
        new("enc/entity-escape-character-in-a-body", Codes.ControlCharacter, About, 5, s => s.AboutBody("Hello &#x1b;[31m there.\n")) { Column = 7, Says = "&#x1b;" },
        new("enc/entity-non-character-in-a-summary", Codes.ControlCharacter, Strike, 9,
            s => s.Replace(Strike, "**Soleimani**", "**Soleimani** &#xFFFF;")),
        new("enc/entity-in-a-link-title", Codes.ControlCharacter, About, 5, s => s.AboutBody("See [this](https://example.org/ \"a&#7;b\").\n")),
    ];
}
