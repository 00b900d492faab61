using System.Text;

namespace StatiqSite.Discovery.Data;

/// <summary>
/// A CSV file as RFC 4180 describes it: a header row, CRLF after every record, fields quoted only when
/// they hold a comma, quote or line break, with quotes doubled. UTF-8 without a byte-order mark. A cell
/// that a spreadsheet would take for a formula is neutralised (<see cref="Neutralised"/>).
/// </summary>
public sealed class CsvTable
{
    private readonly StringBuilder text = new();
    private readonly int columns;

    public CsvTable(params string[] header)
    {
        columns = header.Length;
        Row(header);
    }

    /// <summary>Separates the items of a multi-valued field (ids contain no semicolons, so ids split back exactly).</summary>
    public const string ListSeparator = "; ";

    public void Row(params string?[] fields)
    {
        if (fields.Length != columns)
        {
            throw new ArgumentException($"a row has {fields.Length} fields but the header has {columns}", nameof(fields));
        }

        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            Append(fields[i] ?? string.Empty);
        }

        text.Append("\r\n");
    }

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(text.ToString());

    public override string ToString() => text.ToString();

    public static string List(IEnumerable<string> items) => string.Join(ListSeparator, items);

    /// <summary>
    /// A cell a spreadsheet would run as a formula gets a leading apostrophe, as OWASP recommends against CSV
    /// injection: one starting with '=', '+', '-', '@', a tab or a carriage return, unless it is a plain
    /// number (figure values are never negative, but a minus sign before digits is harmless).
    /// </summary>
    public static string Neutralised(string field) =>
        field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(field) ? "'" + field : field;

    private static bool IsNumber(string field) =>
        decimal.TryParse(field, System.Globalization.NumberStyles.AllowLeadingSign | System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _);

    private void Append(string value)
    {
        string field = Neutralised(value);
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            text.Append(field);
            return;
        }

        text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
