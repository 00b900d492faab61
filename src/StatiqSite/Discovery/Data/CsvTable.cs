using System.Text;

namespace StatiqSite.Discovery.Data;

/// <summary>
/// A CSV file as RFC 4180 describes it: a header row, CRLF after every record, fields quoted only when
/// they hold a comma, quote or line break, with quotes doubled. UTF-8 without a byte-order mark.
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

    private void Append(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            text.Append(field);
            return;
        }

        text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
