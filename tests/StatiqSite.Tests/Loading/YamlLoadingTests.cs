using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Readers;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Tests.Loading;

public class YamlLoadingTests
{
    private static readonly Origin File = new("input/events/2020-01-03-x.yml", TextPosition.Start);

    private static (Event? Event, IReadOnlyList<Diagnostic> Diagnostics) ReadEvent(string yaml)
    {
        var bag = new DiagnosticBag();
        Event? e = null;
        if (YamlReader.TryRead(yaml, File, bag, out var root) && Fields.Of(root, File, bag, "event") is { } fields)
        {
            e = RecordReaders.Event(fields, "x");
            fields.Finish();
        }

        return (e, bag.ToSortedList());
    }

    private const string Valid = """
        title: A strike
        date: 2020-01-03
        era: late
        summary: Something happened.
        sources:
          - source: a
            locator: ¶4
        """;

    [Fact]
    public void A_valid_event_reads_into_the_record()
    {
        var (e, diagnostics) = ReadEvent(Valid);
        Assert.Empty(diagnostics);
        Assert.NotNull(e);
        Assert.Equal("A strike", e.Title);
        Assert.Equal("2020-01-03", e.Date.Text);
        Assert.Equal(4, Assert.Single(e.Sources).Paragraph);
        Assert.Equal(new TextPosition(3, 6), e.Era.At);
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_line_and_column()
    {
        var (_, diagnostics) = ReadEvent("title: A\ndate: \"2020-01-03\nera: late\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(Codes.YamlSyntax, d.Code);
        Assert.Equal(File.File, d.File);
        Assert.InRange(d.Line, 2, 4);
        Assert.DoesNotContain("Idx:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_names_the_field_and_what_was_expected()
    {
        var (_, diagnostics) = ReadEvent(Valid.Replace("title: A strike", "title:\n  - one\n  - two", StringComparison.Ordinal));
        var d = Assert.Single(diagnostics);
        Assert.Equal(Codes.WrongType, d.Code);
        Assert.Equal(2, d.Line);
        Assert.Contains("'title' should be text", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_field_is_an_error()
    {
        var (e, diagnostics) = ReadEvent(Valid.Replace("era: late\n", string.Empty, StringComparison.Ordinal));
        Assert.Null(e);
        var d = Assert.Single(diagnostics);
        Assert.Equal(Codes.MissingField, d.Code);
        Assert.Contains("'era'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_a_warning_naming_the_nearest_known_field()
    {
        var (e, diagnostics) = ReadEvent(Valid + "\nsumary: typo\n");
        Assert.NotNull(e);
        var d = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(Codes.UnknownField, d.Code);
        Assert.Contains("did you mean 'summary'?", d.Message, StringComparison.Ordinal);
        Assert.Equal(8, d.Line);
    }

    [Fact]
    public void A_duplicate_key_is_an_error_at_the_second_key()
    {
        var (_, diagnostics) = ReadEvent(Valid + "\ntitle: Again\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(Codes.DuplicateKey, d.Code);
        Assert.Equal(8, d.Line);
    }

    [Fact]
    public void Anchors_and_aliases_are_refused()
    {
        var (_, diagnostics) = ReadEvent("a: &x [1, 2]\nb: [*x, *x]\n");
        Assert.Equal(Codes.YamlAliasRefused, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void An_invalid_date_points_at_the_bad_part()
    {
        var (_, diagnostics) = ReadEvent(Valid.Replace("2020-01-03", "2020-02-30", StringComparison.Ordinal));
        var d = Assert.Single(diagnostics);
        Assert.Equal(Codes.InvalidDate, d.Code);
        Assert.Equal(2, d.Line);
        Assert.Equal(15, d.Column);
        Assert.Contains("29 days", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_where_a_mapping_is_wanted_is_reported()
    {
        var (_, diagnostics) = ReadEvent("- title: A\n- title: B\n");
        Assert.Equal(Codes.WrongType, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Tabs_in_indentation_are_reported_with_a_hint()
    {
        var (_, diagnostics) = ReadEvent("title: A\nsources:\n\t- source: a\n");
        var d = Assert.Single(diagnostics);
        Assert.Equal(Codes.YamlSyntax, d.Code);
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void A_quote_over_25_words_is_refused()
    {
        string quote = string.Join(' ', Enumerable.Repeat("word", 26));
        var (_, diagnostics) = ReadEvent(Valid + $"\n    quote: {quote}\n");
        Assert.Equal(Codes.QuoteTooLong, Assert.Single(diagnostics).Code);
    }
}
