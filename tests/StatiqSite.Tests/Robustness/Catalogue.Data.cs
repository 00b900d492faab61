using StatiqSite.Diagnostics;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Robustness;

/// <summary>The bad-input catalogue, part one: YAML, field types, missing and unknown fields, references, dates.</summary>
public static partial class Catalogue
{
    private const string Strike = "events/2020-01-03-strike.yml";
    private const string Invasion = "events/2003-invasion.yml";
    private const string Baghdad = "actors/baghdad.yml";
    private const string Soleimani = "actors/soleimani.yml";
    private const string ArticleOne = "sources/article-one.yml";
    private const string Column = "sources/column.yml";
    private const string About = "pages/about.md";

    private const string Figure = """
        title: Troops in Iraq
        unit: troops
        values:
          - value: 2500
            date: 2020-01
            source: article-one
            locator: ¶3
        """;

    private const string Explainer = """
        ---
        title: Why it matters
        summary: The background.
        updated: 2026-11-21
        ---
        Some background.
        """;

    private static IEnumerable<BadInput> Yaml() =>
    [
        new("yaml/bad-indentation", Codes.YamlSyntax, Baghdad, 3,
            s => s.Replace(Baghdad, "role: Capital of Iraq", "  role: Capital of Iraq")) { Says = "indentation" },
        new("yaml/under-indented-list-item", Codes.YamlSyntax, Soleimani, 9,
            s => s.Replace(Soleimani, "    locator: ¶2", " locator: ¶2")),
        new("yaml/tab-indentation", Codes.YamlSyntax, Soleimani, 9,
            s => s.Replace(Soleimani, "    locator: ¶2", "\tlocator: ¶2")) { Column = 1, Says = "spaces, not tabs" },
        new("yaml/unclosed-double-quote", Codes.YamlSyntax, Baghdad, 3,
            s => s.Replace(Baghdad, "role: Capital of Iraq", "role: \"Capital of Iraq")) { Says = "quote" },
        new("yaml/unclosed-single-quote", Codes.YamlSyntax, Baghdad, 3,
            s => s.Replace(Baghdad, "role: Capital of Iraq", "role: 'Capital of Iraq")) { Says = "quote" },
        new("yaml/unclosed-flow-list", Codes.YamlSyntax, Strike, 4,
            s => s.Replace(Strike, "themes: [crisis]", "themes: [crisis")) { Says = "not closed" },
        new("yaml/duplicate-key", Codes.DuplicateKey, Strike, 13,
            s => s.Append(Strike, "era: early\n")) { Column = 1, Says = "first on line 3" },
        new("yaml/list-where-map-wanted", Codes.WrongType, Column, 1,
            s => s.Write(Column, "- title: An opinion column\n- kind: opinion\n")) { Says = "mapping of fields" },
        new("yaml/text-where-map-wanted", Codes.WrongType, Column, 1,
            s => s.Write(Column, "An opinion column by A. Writer\n")) { Says = "mapping of fields" },
        new("yaml/map-where-list-wanted", Codes.WrongType, "eras.yml", 1,
            s => s.Write("eras.yml", "id: early\ntitle: Early years\n")) { Says = "list of eras", AlsoAllowed = [Codes.UnknownReference] },
        new("yaml/billion-laughs", Codes.YamlAliasRefused, Column, 1,
            s => s.Write(Column, """
                a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
                g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
                title: *g
                """)) { Column = 4, Says = "write the value out in full" },
        new("yaml/alias-to-nothing", Codes.YamlAliasRefused, Column, 1,
            s => s.Replace(Column, "title: An opinion column", "title: *nothing")) { Column = 8 },
        new("yaml/deep-nesting", Codes.YamlSyntax, Strike, 4,
            s => s.Replace(Strike, "themes: [crisis]", "themes: " + new string('[', 200) + new string(']', 200))) { Says = "nested more than" },
        new("yaml/second-document", Codes.YamlSyntax, Baghdad, 8,
            s => s.Append(Baghdad, "---\nname: Basra\n")) { Says = "exactly one" },
        new("yaml/key-that-is-a-list", Codes.YamlSyntax, Baghdad, 8,
            s => s.Append(Baghdad, "? [a, b]\n: c\n")) { Says = "plain text" },
    ];

    private static IEnumerable<BadInput> FieldTypes() =>
    [
        new("type/text", Codes.WrongType, Strike, 1,
            s => s.Replace(Strike, "title: The strike", "title: [The, strike]")) { Column = 8, Says = "'title' should be text" },
        new("type/whole-number", Codes.WrongType, ArticleOne, 5,
            s => s.Replace(ArticleOne, "paragraphs: 10", "paragraphs: ten")) { Says = "whole number" },
        new("type/whole-number-fraction", Codes.WrongType, ArticleOne, 5,
            s => s.Replace(ArticleOne, "paragraphs: 10", "paragraphs: 10.5")) { Says = "whole number" },
        new("type/number", Codes.WrongType, "figures/troops.yml", 4,
            s => s.Write("figures/troops.yml", Figure.Replace("value: 2500", "value: lots", StringComparison.Ordinal))) { Says = "digits only" },
        new("type/number-with-culture-comma", Codes.WrongType, "figures/troops.yml", 4,
            s => s.Write("figures/troops.yml", Figure.Replace("value: 2500", "value: 2,500", StringComparison.Ordinal))) { Says = "such as 2500" },
        new("type/bool", Codes.WrongType, Strike, 13,
            s => s.Append(Strike, "draft: yes\n")) { Says = "true or false" },
        new("type/date-given-a-list", Codes.WrongType, Soleimani, 5,
            s => s.Replace(Soleimani, "role_as_of: 2020-01", "role_as_of: [2020, 01]")) { Says = "EDTF date" },
        new("type/list-given-text", Codes.WrongType, Strike, 4,
            s => s.Replace(Strike, "themes: [crisis]", "themes: crisis")) { Says = "list of ids" },
        new("type/enum", Codes.InvalidValue, Soleimani, 2,
            s => s.Replace(Soleimani, "kind: person", "kind: persn")) { Column = 7, Says = "did you mean 'person'?" },
        new("type/mapping-given-text", Codes.WrongType, Strike, 11,
            s => s.Replace(Strike, "  - source: article-one\n    locator: ¶1", "  - article-one ¶1")) { Says = "citation" },
        new("type/mapping-given-list", Codes.WrongType, Strike, 6,
            s => s.Replace(Strike, "  - id: soleimani\n    role: killed", "  - [soleimani, killed]")) { Says = "'id:'" },
        new("type/absolute-url", Codes.InvalidValue, "site.yml", 3,
            s => s.Replace("site.yml", "base_url: https://example.org/", "base_url: example.org")) { Says = "https://example.org/" },
        new("type/url-with-unsafe-scheme", Codes.InvalidValue, "site.yml", 3,
            s => s.Replace("site.yml", "base_url: https://example.org/", "base_url: javascript:alert(1)")) { Says = "http(s)" },
        new("type/iso-day", Codes.InvalidDate, "explainers/why.md", 4,
            s => s.Write("explainers/why.md", Explainer.Replace("updated: 2026-11-21", "updated: 21/11/2026", StringComparison.Ordinal))) { Says = "2026-11-21" },
        new("type/markdown-given-mapping", Codes.WrongType, Strike, 9,
            s => s.Replace(Strike, "summary: A U.S. strike killed **Soleimani**.", "summary: {text: A strike}")) { Says = "Markdown text" },
        new("type/huge-value-is-not-echoed", Codes.WrongType, ArticleOne, 5,
            s => s.Replace(ArticleOne, "paragraphs: 10", "paragraphs: " + new string('9', 200_000))) { Says = "99999..." },
        new("type/language-tag", Codes.InvalidValue, "site.yml", 4,
            s => s.Replace("site.yml", "language: en", "language: English (US)")) { Says = "such as en" },
    ];

    private static IEnumerable<BadInput> MissingAndUnknown() =>
    [
        new("missing/required-field", Codes.MissingField, Strike, 1,
            s => s.Replace(Strike, "era: late\n", string.Empty)) { Says = "add 'era: ...'" },
        new("missing/required-field-left-empty", Codes.MissingField, Strike, 3,
            s => s.Replace(Strike, "era: late", "era:")) { Says = "'era'" },
        new("missing/front-matter-title", Codes.MissingField, About, 2,
            s => s.Replace(About, "title: About\n", string.Empty)) { Says = "add 'title: ...'" },
        new("missing/no-source", Codes.NoSource, Invasion, 5,
            s => s.Replace(Invasion, "sources:\n  - source: column\n    locator: ¶3", "sources: []")) { Says = "locator" },
        new("unknown/field", Codes.UnknownField, Strike, 13,
            s => s.Append(Strike, "sumary: typo\n")) { Severity = Severity.Warning, Says = "did you mean 'summary'?" },
        new("unknown/field-in-citation", Codes.UnknownField, Strike, 13,
            s => s.Append(Strike, "    locater: ¶2\n")) { Severity = Severity.Warning, Says = "did you mean 'locator'?" },
    ];

    private static IEnumerable<BadInput> References() =>
    [
        new("ref/unknown-era", Codes.UnknownReference, Strike, 3,
            s => s.Replace(Strike, "era: late", "era: lat")) { Column = 6, Says = "did you mean 'late'?" },
        new("ref/unknown-actor", Codes.UnknownReference, Strike, 6,
            s => s.Replace(Strike, "id: soleimani", "id: suleimani")) { Column = 9, Says = "did you mean 'soleimani'?" },
        new("ref/huge-unknown-id", Codes.UnknownReference, Strike, 3,
            s => s.Replace(Strike, "era: late", "era: " + new string('l', 300_000))) { Says = "lllll..." },
        new("ref/unknown-source-in-citation", Codes.UnknownReference, Strike, 11,
            s => s.Replace(Strike, "source: article-one", "source: article-two")) { Says = "'article-two'" },
        new("ref/duplicate-id-across-files", Codes.DuplicateId, "events/2020-01-04-strike.yml", 1,
            s => s.Write("events/2020-01-04-strike.yml", FixtureSite.Files[Strike])) { Says = "2020-01-03-strike.yml" },
        new("ref/duplicate-id-in-one-file", Codes.DuplicateId, "themes.yml", 4,
            s => s.Append("themes.yml", "- id: crisis\n  title: Again\n")) { Says = "must be unique" },
        new("ref/redirect-takes-another-id", Codes.DuplicateId, Baghdad, 1,
            s => s.Append(Baghdad, "redirect_from: [soleimani]\n")) { Says = "former id" },
        new("ref/affiliation-cycle", Codes.AffiliationCycle, Soleimani, 10,
            s =>
            {
                s.Append(Baghdad, "affiliations: [soleimani]\n");
                s.Append(Soleimani, "affiliations: [baghdad]\n");
            }) { Says = "baghdad → soleimani → baghdad" },
        new("ref/self-affiliation", Codes.AffiliationCycle, Baghdad, 8,
            s => s.Append(Baghdad, "affiliations: [baghdad]\n")) { Column = 16 },
        new("ref/era-does-not-contain-event", Codes.EventOutsideEra, Invasion, 3,
            s => s.Replace(Invasion, "era: early", "era: late")) { Says = "2020 to .." },
        new("ref/location-is-not-a-place", Codes.WrongKindOfActor, Strike, 8,
            s => s.Replace(Strike, "location: baghdad", "location: soleimani")) { Says = "not a place" },
        new("ref/locator-beyond-article", Codes.LocatorOutOfRange, Invasion, 6,
            s => s.Replace(Invasion, "locator: ¶3", "locator: ¶9")) { Says = "¶1–¶5" },
        new("ref/locator-not-a-paragraph", Codes.InvalidLocator, Invasion, 7,
            s => s.Replace(Invasion, "locator: ¶3", "locator: p3")) { Says = "¶7" },
        new("ref/page-takes-a-section-name", Codes.InvalidId, "pages/timeline.md", 2,
            s => s.Write("pages/timeline.md", FixtureSite.Files[About])) { Says = "rename the file" },
    ];

    private static IEnumerable<BadInput> Dates() =>
    [
        new("date/invalid-edtf", Codes.InvalidDate, Strike, 2,
            s => s.Replace(Strike, "date: 2020-01-03", "date: 2020-13-03")) { Column = 12, Says = "01–12" },
        new("date/not-a-date", Codes.InvalidDate, Strike, 2,
            s => s.Replace(Strike, "date: 2020-01-03", "date: 3 January 2020")) { Says = "such as 2020-01-03" },
        new("date/impossible-day", Codes.InvalidDate, Strike, 2,
            s => s.Replace(Strike, "date: 2020-01-03", "date: 2020-02-30")) { Column = 15, Says = "has 29 days" },
        new("date/end-before-start", Codes.EndBeforeStart, Strike, 13,
            s => s.Append(Strike, "end: 2019-12-31\n")) { Says = "swap them" },
        new("date/interval-backwards", Codes.InvalidDate, Strike, 2,
            s => s.Replace(Strike, "date: 2020-01-03", "date: 2020-01-05/2020-01-03")) { Says = "before it starts" },
        new("date/era-ends-before-it-starts", Codes.EndBeforeStart, "eras.yml", 4,
            s => s.Replace("eras.yml", "end: \"2019\"", "end: \"2001\"")) { AlsoAllowed = [Codes.UnknownReference] },
        new("date/huge-value", Codes.InvalidDate, Strike, 2,
            s => s.Replace(Strike, "date: 2020-01-03", "date: " + string.Concat(Enumerable.Repeat("2020-01-03/", 20_000)))) { Says = "characters long" },
        new("date/year-zero-with-unspecified-digits", Codes.InvalidDate, Strike, 2,
            s => s.Replace(Strike, "date: 2020-01-03", "date: 00XX")),
        new("date/winter-of-year-9999", Codes.InvalidDate, Strike, 2,
            s => s.Replace(Strike, "date: 2020-01-03", "date: 9999-24")),
        new("date/file-name-disagrees", Codes.FileNameDate, "events/2021-01-03-strike.yml", 1,
            s =>
            {
                s.Delete(Strike);
                s.Write("events/2021-01-03-strike.yml", FixtureSite.Files[Strike]);
            }) { Severity = Severity.Warning, Says = "rename the file to 2020-01-03-strike.yml" },
    ];
}
