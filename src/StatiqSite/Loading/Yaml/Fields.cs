using System.Collections.Immutable;
using System.Globalization;
using StatiqSite.Content.Dates;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;

namespace StatiqSite.Loading.Yaml;

/// <summary>
/// Typed access to the keys of one YAML mapping. Each read reports a wrong type or a missing
/// required value at its position; <see cref="Finish"/> warns about keys nobody asked for,
/// naming the nearest known key. The readers' calls are therefore the schema.
/// </summary>
public sealed class Fields
{
    // The longest EDTF value the site uses is an interval of two qualified days, 23 characters.
    private const int MaxDateLength = 64;

    private readonly YamlMap map;
    private readonly Origin file;
    private readonly DiagnosticBag diagnostics;
    private readonly string what;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public Fields(YamlMap map, Origin file, DiagnosticBag diagnostics, string what)
    {
        this.map = map;
        this.file = file;
        this.diagnostics = diagnostics;
        this.what = what;
    }

    public TextPosition At => map.At;

    public Origin Origin => file.At(map.At);

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>Every key asked for so far: after a reader has run, the fields its kind allows.</summary>
    public IReadOnlyCollection<string> KnownKeys => known;

    /// <summary>Reads the root of a document as a mapping, or reports what it is instead.</summary>
    public static Fields? Of(YamlValue? root, Origin file, DiagnosticBag diagnostics, string what)
    {
        switch (root)
        {
            case YamlMap m:
                return new Fields(m, file, diagnostics, what);
            case null:
            case YamlScalar { IsNull: true }:
                diagnostics.Error(Codes.EmptyFile, file, $"the {what} is empty; it needs a mapping of fields such as 'title: ...'");
                return null;
            default:
                diagnostics.Error(Codes.WrongType, file.At(root.At), $"the {what} should be a mapping of fields (key: value), but it is {root.Describe()}");
                return null;
        }
    }

    public string? Text(string key, bool required = false)
    {
        var value = Get(key, required);
        switch (value)
        {
            case null:
                return null;
            case YamlScalar { IsNull: true } when required:
                Missing(key, value.At);
                return null;
            case YamlScalar { IsNull: true }:
                return null;
            case YamlScalar s:
                return s.Value;
            default:
                WrongType(key, value, "text");
                return null;
        }
    }

    public int? Integer(string key, bool required = false, int min = 0, int max = int.MaxValue)
    {
        var s = Scalar(key, required, $"a whole number");
        if (s is null)
        {
            return null;
        }

        if (!int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < min || n > max)
        {
            Error(Codes.WrongType, s.At, $"'{key}' should be a whole number from {min} to {max}, but it is '{Show(s.Value)}'");
            return null;
        }

        return n;
    }

    /// <summary>
    /// The largest number content may hold: far above any real figure (people, dollars), and far enough below
    /// decimal's range (about 7.9 × 10^28) that chart axis arithmetic on it cannot overflow.
    /// </summary>
    public const decimal MaxNumber = 1_000_000_000_000_000m;

    public decimal? Number(string key, bool required = false)
    {
        var s = Scalar(key, required, "a number");
        if (s is null)
        {
            return null;
        }

        if (!decimal.TryParse(s.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal n))
        {
            Error(Codes.WrongType, s.At, $"'{key}' should be a number written with digits only, such as 2500, but it is '{Show(s.Value)}'");
            return null;
        }

        if (n > MaxNumber)
        {
            Error(Codes.InvalidValue, s.At, $"'{key}' is {Show(s.Value)}, larger than any figure content needs; numbers may be at most 1,000,000,000,000,000 (10^15)");
            return null;
        }

        return n;
    }

    public bool Bool(string key)
    {
        var s = Scalar(key, false, "true or false");
        if (s is null)
        {
            return false;
        }

        switch (s.Value)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(Codes.WrongType, s.At, $"'{key}' should be true or false, but it is '{Show(s.Value)}'");
                return false;
        }
    }

    /// <param name="allowOpen">Whether <c>..</c> alone (open, not ended) is accepted.</param>
    public EdtfDate? Date(string key, bool required = false, bool allowOpen = false)
    {
        var s = Scalar(key, required, "an EDTF date");
        if (s is null)
        {
            return null;
        }

        if (s.Value.Length > MaxDateLength)
        {
            Error(Codes.InvalidDate, s.At, $"'{key}' is not a valid date: '{Show(s.Value)}' is {s.Value.Length} characters long; write a date such as 2020-01-03, 2020-01 or 2020");
            return null;
        }

        if (allowOpen && s.Value == "..")
        {
            return EdtfDate.Open;
        }

        if (EdtfDate.TryParse(s.Value, out var date, out var error))
        {
            return date;
        }

        int column = s.At.Column + error.Offset + (s.IsPlain ? 0 : 1);
        Error(Codes.InvalidDate, s.At with { Column = column }, $"'{key}' is not a valid date: {error.Message}");
        return null;
    }

    public DateOnly? IsoDay(string key)
    {
        var s = Scalar(key, false, "a date such as 2026-11-21");
        if (s is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            Error(Codes.InvalidDate, s.At, $"'{key}' should be a full date such as 2026-11-21, but it is '{Show(s.Value)}'");
            return null;
        }

        return day;
    }

    public Uri? AbsoluteUrl(string key, bool required = false)
    {
        var s = Scalar(key, required, "an absolute URL");
        if (s is null)
        {
            return null;
        }

        if (!Uri.TryCreate(s.Value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            Error(Codes.InvalidValue, s.At, $"'{key}' should be an absolute http(s) URL such as https://example.org/, but it is '{Show(s.Value)}'");
            return null;
        }

        return uri;
    }

    /// <summary>An enum written in kebab case, e.g. <c>armed-group</c> for <c>ArmedGroup</c>.</summary>
    public T? Choice<T>(string key, bool required = false, T? fallback = null)
        where T : struct, Enum
    {
        var s = Scalar(key, required, "one of " + string.Join(", ", Kebab.Names<T>()));
        if (s is null)
        {
            return fallback;
        }

        if (Kebab.TryParse<T>(s.Value, out var result))
        {
            return result;
        }

        string names = string.Join(", ", Kebab.Names<T>());
        string? near = Suggest.Nearest(s.Value, Kebab.Names<T>());
        Error(Codes.InvalidValue, s.At, $"'{key}' cannot be '{Show(s.Value)}'; use one of {names}{(near is null ? string.Empty : $" (did you mean '{near}'?)")}");
        return fallback;
    }

    public ImmutableArray<string> TextList(string key)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in List(key, "text"))
        {
            if (item is YamlScalar { IsNull: false } s)
            {
                builder.Add(s.Value);
            }
            else
            {
                Error(Codes.WrongType, item.At, $"each item of '{key}' should be text, but this one is {item.Describe()}");
            }
        }

        return builder.ToImmutable();
    }

    public ImmutableArray<Ref> RefList(string key, bool required = false)
    {
        var builder = ImmutableArray.CreateBuilder<Ref>();
        var items = List(key, "ids", required);
        foreach (var item in items)
        {
            if (item is YamlScalar { IsNull: false } s)
            {
                builder.Add(new Ref(s.Value, s.At));
            }
            else
            {
                Error(Codes.WrongType, item.At, $"each item of '{key}' should be an id, but this one is {item.Describe()}");
            }
        }

        return builder.ToImmutable();
    }

    public Ref? RefOne(string key, bool required = false)
    {
        var s = Scalar(key, required, "an id");
        return s is null ? null : new Ref(s.Value, s.At);
    }

    public MarkdownText Markdown(string key, bool required = false)
    {
        var value = Get(key, required);
        if (value is YamlScalar { IsNull: false } s)
        {
            // A block scalar's text starts on the line after its indicator.
            int line = s.IsBlock ? s.At.Line + 1 : s.At.Line;
            return new MarkdownText(s.Value.TrimEnd('\n'), new TextPosition(line, 1));
        }

        if (value is YamlScalar { IsNull: true } && required)
        {
            Missing(key, value.At);
        }
        else if (value is not null and not YamlScalar)
        {
            WrongType(key, value, "Markdown text");
        }

        return Content.Model.MarkdownText.Empty;
    }

    /// <summary>A list of mappings, each read by <paramref name="read"/>.</summary>
    public ImmutableArray<T> Records<T>(string key, string itemName, Func<Fields, T?> read, bool required = false)
        where T : class
    {
        var builder = ImmutableArray.CreateBuilder<T>();
        foreach (var item in List(key, itemName + "s", required))
        {
            if (item is YamlMap m)
            {
                var fields = new Fields(m, file, diagnostics, itemName);
                var record = read(fields);
                fields.Finish();
                if (record is not null)
                {
                    builder.Add(record);
                }
            }
            else
            {
                Error(Codes.WrongType, item.At, $"each item of '{key}' should be a {itemName} with its own fields (key: value), but this one is {item.Describe()}");
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>One mapping read by <paramref name="read"/>, or null when the key is absent or not a mapping (reported).</summary>
    public T? Record<T>(string key, string itemName, Func<Fields, T?> read)
        where T : class
    {
        switch (Get(key, false))
        {
            case YamlMap m:
                var fields = new Fields(m, file, diagnostics, itemName);
                var record = read(fields);
                fields.Finish();
                return record;
            case null or YamlScalar { IsNull: true }:
                return null;
            case var other:
                Error(Codes.WrongType, other.At, $"'{key}' should be a {itemName} with its own fields (key: value), but it is {other.Describe()}");
                return null;
        }
    }

    public YamlValue? Raw(string key) => Get(key, false);

    public void Error(string code, TextPosition at, string message) => diagnostics.Error(code, file.At(at), message);

    public void Warning(string code, TextPosition at, string message) => diagnostics.Warning(code, file.At(at), message);

    /// <summary>Warns about every key that no read asked for.</summary>
    public void Finish()
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                string? near = Suggest.Nearest(key.Value, known);
                string hint = near is null
                    ? $"the known fields are {string.Join(", ", known.Order(StringComparer.Ordinal))}"
                    : $"did you mean '{near}'?";
                Warning(Codes.UnknownField, key.At, $"unknown field '{key.Value}' in this {what} is ignored; {hint}");
            }
        }
    }

    private IEnumerable<YamlValue> List(string key, string itemsName, bool required = false)
    {
        var value = Get(key, required);
        switch (value)
        {
            case YamlList list:
                if (required && list.Items.IsEmpty)
                {
                    Error(Codes.MissingField, list.At, $"'{key}' is empty; this {what} needs at least one");
                }

                return list.Items;
            case null:
                return [];
            case YamlScalar { IsNull: true }:
                if (required)
                {
                    Missing(key, value.At);
                }

                return [];
            default:
                Error(Codes.WrongType, value.At, $"'{key}' should be a list of {itemsName} (lines starting with '- '), but it is {value.Describe()}");
                return [];
        }
    }

    private YamlScalar? Scalar(string key, bool required, string expected)
    {
        var value = Get(key, required);
        switch (value)
        {
            case null:
                return null;
            case YamlScalar { IsNull: true }:
                if (required)
                {
                    Missing(key, value.At);
                }

                return null;
            case YamlScalar s:
                return s;
            default:
                WrongType(key, value, expected);
                return null;
        }
    }

    private YamlValue? Get(string key, bool required)
    {
        known.Add(key);
        foreach (var (k, v) in map.Entries)
        {
            if (string.Equals(k.Value, key, StringComparison.Ordinal))
            {
                return v;
            }
        }

        if (required)
        {
            Missing(key, map.At);
        }

        return null;
    }

    /// <summary>A value as echoed in a message: a file may hold a megabyte on one line, and a message should not.</summary>
    public static string Show(string value) => value.Length <= 40 ? value : value[..37] + "...";

    private void Missing(string key, TextPosition at) =>
        Error(Codes.MissingField, at, $"this {what} has no '{key}'; add '{key}: ...'");

    private void WrongType(string key, YamlValue value, string expected) =>
        Error(Codes.WrongType, value.At, $"'{key}' should be {expected}, but it is {value.Describe()}");
}
