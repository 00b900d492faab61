using System.Text;

namespace StatiqSite.Tests.Support;

/// <summary>
/// A strict RFC 4180 reader for tests, written apart from the generator's writer so that the two check
/// each other: records end in CRLF, quoted fields may hold commas, quotes (doubled) and line breaks.
/// </summary>
public static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("a quoted field is not closed");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    throw new FormatException($"text after a closing quote at {i}");
                }

                continue;
            }

            switch (text[i])
            {
                case ',':
                    row.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r':
                    if (i + 1 >= text.Length || text[i + 1] != '\n')
                    {
                        throw new FormatException($"a bare CR at {i}");
                    }

                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                    i += 2;
                    break;
                case '\n':
                    throw new FormatException($"a bare LF at {i}: records end with CRLF");
                case '"':
                    throw new FormatException($"a quote inside an unquoted field at {i}");
                default:
                    field.Append(text[i++]);
                    break;
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            throw new FormatException("the last record does not end with CRLF");
        }

        return rows;
    }

    /// <summary>The rows after the header, as dictionaries by column name.</summary>
    public static List<Dictionary<string, string>> Records(string text, out string[] header)
    {
        var rows = Parse(text);
        header = rows[0];
        var columns = header;
        Assert.All(rows, r => Assert.Equal(columns.Length, r.Length));
        return [.. rows.Skip(1).Select(r => columns.Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal))];
    }

    public static string[] List(string field) =>
        field.Length == 0 ? [] : field.Split(';', StringSplitOptions.TrimEntries);
}
