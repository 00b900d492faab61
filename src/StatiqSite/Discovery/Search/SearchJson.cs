using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StatiqSite.Discovery.Search;

/// <summary>
/// The bytes of the index's files, compact UTF-8 JSON written straight into one reused buffer per
/// thread. Term chunks are written by hand: they are nearly all numbers, and terms are letters,
/// digits and hyphens only, so they need no escaping.
/// </summary>
public static class SearchJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? writer;

    /// <summary>A chunk: <c>{"term":[doc, code, doc, code, ...], ...}</c>, documents as differences from the previous one.</summary>
    public static byte[] Chunk(SearchPostings postings, int from, int to)
    {
        var output = Buffer();
        Byte(output, (byte)'{');
        for (int t = from; t < to; t++)
        {
            if (t > from)
            {
                Byte(output, (byte)',');
            }

            string term = postings.Terms[t];
            var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(term.Length) + 4);
            span[0] = (byte)'"';
            int n = 1 + Encoding.UTF8.GetBytes(term, span[1..]);
            span[n++] = (byte)'"';
            span[n++] = (byte)':';
            span[n++] = (byte)'[';
            output.Advance(n);

            // Documents are delta-coded: runs of small numbers compress well.
            var data = postings.Of(t);
            int previous = 0;
            for (int i = 0; i < data.Length; i += 2)
            {
                var digits = output.GetSpan(24);
                int k = 0;
                if (i > 0)
                {
                    digits[k++] = (byte)',';
                }

                Utf8Formatter.TryFormat(data[i] - previous, digits[k..], out int written);
                k += written;
                digits[k++] = (byte)',';
                Utf8Formatter.TryFormat(data[i + 1], digits[k..], out written);
                output.Advance(k + written);
                previous = data[i];
            }

            Byte(output, (byte)']');
        }

        Byte(output, (byte)'}');
        return output.WrittenSpan.ToArray();
    }

    /// <summary>What results show, for a run of documents: <c>[{"u":url,"k":kind,"t":title,"d":date or null,"s":summary}, ...]</c>.</summary>
    public static byte[] Documents(ReadOnlySpan<SearchDocument> docs)
    {
        var w = Writer();
        w.WriteStartArray();
        foreach (var doc in docs)
        {
            w.WriteStartObject();
            w.WriteString("u"u8, doc.Url);
            w.WriteString("k"u8, doc.Kind);
            w.WriteString("t"u8, doc.Title);
            if (doc.Date is null)
            {
                w.WriteNull("d"u8);
            }
            else
            {
                w.WriteString("d"u8, doc.Date);
            }

            w.WriteString("s"u8, doc.Summary);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        return Done(w);
    }

    /// <summary>
    /// The body parts of a run of documents, one array of strings per document: <c>[["part 1", "part 2"], [], ...]</c>.
    /// A document whose parts have files of their own has an empty array here.
    /// </summary>
    public static byte[] Parts(ReadOnlySpan<SearchDocument> docs, Func<SearchDocument, bool> inline)
    {
        var w = Writer();
        w.WriteStartArray();
        foreach (var doc in docs)
        {
            w.WriteStartArray();
            if (inline(doc))
            {
                foreach (string part in doc.Parts)
                {
                    w.WriteStringValue(part);
                }
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
        return Done(w);
    }

    /// <summary>One JSON string: a body part in a file of its own, or nothing but the text.</summary>
    public static byte[] String(string text)
    {
        var w = Writer();
        w.WriteStringValue(text);
        return Done(w);
    }

    /// <summary>Runs <paramref name="write"/> on this thread's writer and returns the bytes.</summary>
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var w = Writer();
        write(w);
        return Done(w);
    }

    private static ArrayBufferWriter<byte> Buffer()
    {
        buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        return buffer;
    }

    private static Utf8JsonWriter Writer()
    {
        var output = Buffer();
        if (writer is null)
        {
            writer = new Utf8JsonWriter(output, Compact);
        }
        else
        {
            writer.Reset(output);
        }

        return writer;
    }

    private static byte[] Done(Utf8JsonWriter w)
    {
        w.Flush();
        return buffer!.WrittenSpan.ToArray();
    }

    private static void Byte(ArrayBufferWriter<byte> output, byte b)
    {
        output.GetSpan(1)[0] = b;
        output.Advance(1);
    }
}
