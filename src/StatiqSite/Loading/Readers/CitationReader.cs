using System.Globalization;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Loading.Readers;

/// <summary>Reads <c>sources:</c> lists: <c>{ source, locator: ¶7, quote? }</c>.</summary>
public static class CitationReader
{
    public const int MaxQuoteWords = 25;

    public static Citation? Read(Fields f)
    {
        string? source = f.Text("source", required: true);
        string? locator = f.Text("locator", required: true);
        string? quote = f.Text("quote");
        if (source is null || locator is null)
        {
            return null;
        }

        var at = f.Raw("locator")!.At;
        int? paragraph = ParseLocator(locator);
        if (paragraph is null)
        {
            f.Error(Codes.InvalidLocator, at, $"the locator '{locator}' is not a paragraph; write ¶ and the paragraph number, such as ¶7 (non-empty lines counted from 1)");
            return null;
        }

        if (quote is not null)
        {
            int words = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (words > MaxQuoteWords)
            {
                f.Error(Codes.QuoteTooLong, f.Raw("quote")!.At, $"the quote has {words} words; quote at most {MaxQuoteWords} words of what a named person said, and say the rest in your own words");
            }
        }

        return new Citation(source, paragraph.Value, quote, f.Raw("source")!.At);
    }

    public static int? ParseLocator(string locator)
    {
        string digits = locator.StartsWith('¶') ? locator[1..].Trim() : string.Empty;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : null;
    }
}
