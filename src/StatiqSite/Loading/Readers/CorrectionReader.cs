using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Loading.Yaml;

namespace StatiqSite.Loading.Readers;

/// <summary>
/// Reads <c>input/corrections.yml</c>: a list of <c>{ date: 2026-11-21, page: event:&lt;id&gt;, what: ... }</c>.
/// The file is optional, and a file with no entries (or only comments) means no corrections.
/// </summary>
public static class CorrectionReader
{
    public static readonly IReadOnlyList<string> KindNames = [.. Enum.GetValues<PageKind>().Select(PageRef.KindName)];

    public static IEnumerable<Correction> ReadFile(YamlValue? root, Origin file, DiagnosticBag diagnostics)
    {
        if (root is null or YamlScalar { IsNull: true })
        {
            return [];
        }

        if (root is not YamlList list)
        {
            diagnostics.Error(Codes.WrongType, file.At(root.At),
                "corrections.yml should be a list of corrections, each starting with '- date: YYYY-MM-DD' followed by 'page:' and 'what:'");
            return [];
        }

        var corrections = new List<Correction>();
        foreach (var item in list.Items)
        {
            if (item is not YamlMap map)
            {
                diagnostics.Error(Codes.WrongType, file.At(item.At),
                    $"each correction should be a mapping of fields (date: ..., page: ..., what: ...), but this one is {item.Describe()}");
                continue;
            }

            var fields = new Fields(map, file, diagnostics, "correction");
            if (Read(fields) is { } correction)
            {
                corrections.Add(correction);
            }

            fields.Finish();
        }

        return corrections;
    }

    public static Correction? Read(Fields f)
    {
        if (f.Raw("date") is null or YamlScalar { IsNull: true })
        {
            f.Error(Codes.MissingField, f.Raw("date")?.At ?? f.At, "this correction has no 'date'; add the day it was made, such as 'date: 2026-11-21'");
        }

        var date = f.IsoDay("date");
        var page = ReadPage(f);
        var what = f.Markdown("what", required: true);
        if (date is null || page is null || what.IsEmpty)
        {
            return null;
        }

        return new Correction(date.Value, page, what, f.Origin);
    }

    /// <summary>Parses <c>kind:id</c>; reports an unknown kind with the nearest one and an invalid id with what would be right.</summary>
    private static PageRef? ReadPage(Fields f)
    {
        string? text = f.Text("page", required: true);
        if (text is null)
        {
            return null;
        }

        var at = f.Raw("page")!.At;
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        string kinds = string.Join(", ", KindNames.Select(k => k + ":<id>"));
        if (colon <= 0)
        {
            f.Error(Codes.InvalidValue, at, $"'page' should name the corrected page as kind:id, such as event:{Ids.Slugify(text)}; the kinds are {kinds}");
            return null;
        }

        string kindText = text[..colon];
        string id = text[(colon + 1)..];
        if (!Enum.GetValues<PageKind>().Any(k => PageRef.KindName(k) == kindText))
        {
            string? near = Suggest.Nearest(kindText, KindNames);
            string hint = near is null ? string.Empty : $" (did you mean '{near}:{id}'?)";
            f.Error(Codes.InvalidValue, at, $"'{kindText}' is not a kind of page{hint}; write one of {kinds}");
            return null;
        }

        if (Ids.Problem(id) is { } problem)
        {
            f.Error(Codes.InvalidId, at, $"in 'page', {problem}");
            return null;
        }

        var kind = Enum.GetValues<PageKind>().First(k => PageRef.KindName(k) == kindText);
        return new PageRef(kind, id, at);
    }
}
