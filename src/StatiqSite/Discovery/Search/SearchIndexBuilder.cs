using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using StatiqSite.Discovery.Data;

namespace StatiqSite.Discovery.Search;

/// <summary>One file of the search index, relative to the output folder.</summary>
public sealed record SearchFile(string Path, byte[] Bytes);

/// <summary>
/// Builds the search index as many small files, so that a query downloads only what it needs:
/// <list type="bullet">
/// <item><c>search/index.json</c>, the manifest: the term prefix each chunk holds, and the stop words;</item>
/// <item><c>assets/search/&lt;hash&gt;/t/&lt;n&gt;.json</c>, term chunks: each term's postings (document, fields, body part);</item>
/// <item><c>assets/search/&lt;hash&gt;/d/&lt;n&gt;.json</c>, one per document: what a result shows;</item>
/// <item><c>assets/search/&lt;hash&gt;/d/&lt;n&gt;-&lt;part&gt;.json</c>, body parts, fetched only to show an excerpt from a body hit.</item>
/// </list>
/// Everything but the manifest sits in a folder named by the hash of its content, under assets/, which
/// hosts are told to cache forever; the manifest names that folder relative to itself.
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>A chunk over this many bytes is split by a longer prefix (a single term's postings cannot be).</summary>
    public const int ChunkTarget = 12 * 1024;

    public const int MaxKeyLength = 6;

    /// <summary>Shorter query words match whole terms only; from this length they match as prefixes.</summary>
    public const int PrefixMinimum = 3;

    public const string ManifestName = "index.json";

    /// <summary>Where the manifest goes, relative to the output folder.</summary>
    public const string ManifestPath = "search/" + ManifestName;

    /// <summary>Where the hashed folders go, and the same seen from the manifest's folder.</summary>
    public const string DataFolder = "assets/search/";

    private const string DataFolderFromManifest = "../" + DataFolder;

    public static IReadOnlyList<SearchFile> Build(ImmutableArray<SearchDocument> docs)
    {
        var postings = Postings(docs);
        var chunks = Chunk(postings);

        // Chunks are numbered in key order; the manifest lists the keys in that order.
        var files = new List<SearchFile>();
        int n = 0;
        foreach (var (_, terms) in chunks)
        {
            files.Add(new SearchFile($"t/{Num(n++)}.json", ChunkJson(terms, postings)));
        }

        for (int i = 0; i < docs.Length; i++)
        {
            var doc = docs[i];
            files.Add(new SearchFile($"d/{Num(i)}.json", Compact(w =>
            {
                w.WriteStartObject();
                w.WriteString("u", doc.Url);
                w.WriteString("k", doc.Kind);
                w.WriteString("t", doc.Title);
                DataJson.StringOrNull(w, "d", doc.Date);
                w.WriteString("s", doc.Summary);
                w.WriteEndObject();
            })));
            for (int p = 0; p < doc.Parts.Length; p++)
            {
                string part = doc.Parts[p];
                files.Add(new SearchFile($"d/{Num(i)}-{Num(p + 1)}.json", Compact(w => w.WriteStringValue(part))));
            }
        }

        string folder = FolderHash(files);
        var result = files.Select(f => f with { Path = DataFolder + folder + "/" + f.Path }).ToList();
        result.Add(new SearchFile(ManifestPath, Compact(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("v", 1);
            w.WriteString("base", DataFolderFromManifest + folder + "/");
            w.WriteNumber("docs", docs.Length);
            w.WriteNumber("prefix", PrefixMinimum);
            DataJson.Strings(w, "stop", SearchText.StopWords);
            DataJson.Strings(w, "chunks", chunks.Keys);
            w.WriteEndObject();
        })));
        return result;
    }

    /// <summary>
    /// For each term, the documents it occurs in, in document order, each with the fields it occurs in
    /// and the first body part that has it, packed as one number: fields + 32 × part.
    /// </summary>
    public static SortedDictionary<string, List<(int Doc, int Code)>> Postings(ImmutableArray<SearchDocument> docs)
    {
        // Documents are tokenized in parallel, then merged in document order so the result never depends on timing.
        var perDoc = new Dictionary<string, int>[docs.Length];
        Parallel.For(0, docs.Length, i => perDoc[i] = Terms(docs[i]));

        var postings = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        for (int i = 0; i < docs.Length; i++)
        {
            foreach (var (term, code) in perDoc[i])
            {
                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                }

                list.Add((i, code));
            }
        }

        return new SortedDictionary<string, List<(int, int)>>(postings, StringComparer.Ordinal);
    }

    private static Dictionary<string, int> Terms(SearchDocument doc)
    {
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        void Add(string text, SearchField field, int part = 0)
        {
            terms.Clear();
            SearchText.AddTerms(text, terms);
            foreach (string term in terms)
            {
                int code = found.GetValueOrDefault(term);
                int first = code >> 5;
                found[term] = (code & 31 | (int)field) + (32 * (first == 0 ? part : first));
            }
        }

        Add(doc.Title, SearchField.Title);
        Add(doc.AlsoKnownAs, SearchField.Title);
        Add(doc.Names, SearchField.Names);
        foreach (string date in doc.DateTerms)
        {
            Add(date, SearchField.Date);
        }

        Add(doc.Summary, SearchField.Summary);
        for (int p = 0; p < doc.Parts.Length; p++)
        {
            Add(doc.Parts[p], SearchField.Body, p + 1);
        }

        return found;
    }

    /// <summary>
    /// Groups terms by their first character, and splits a group that is too big by one more character,
    /// again and again, so a small site has a few chunks and a big one many. A term belongs to the
    /// longest key that starts it.
    /// </summary>
    public static SortedDictionary<string, List<string>> Chunk(SortedDictionary<string, List<(int Doc, int Code)>> postings)
    {
        var chunks = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var pending = new Queue<(string Key, List<string> Terms)>(
            postings.Keys.GroupBy(t => t[..1], StringComparer.Ordinal).Select(g => (g.Key, g.ToList())));
        while (pending.Count > 0)
        {
            var (key, terms) = pending.Dequeue();
            long size = terms.Sum(t => t.Length + 6 + (postings[t].Count * 8));
            var longer = terms.Where(t => t.Length > key.Length).ToList();
            if (size <= ChunkTarget || key.Length >= MaxKeyLength || longer.Count == 0)
            {
                chunks[key] = terms;
                continue;
            }

            var stay = terms.Where(t => t.Length == key.Length).ToList();
            if (stay.Count > 0)
            {
                chunks[key] = stay;
            }

            foreach (var group in longer.GroupBy(t => t[..(key.Length + 1)], StringComparer.Ordinal))
            {
                pending.Enqueue((group.Key, group.ToList()));
            }
        }

        return chunks;
    }

    private static byte[] ChunkJson(List<string> terms, SortedDictionary<string, List<(int Doc, int Code)>> postings)
    {
        var sb = new StringBuilder("{");
        bool firstTerm = true;
        foreach (string term in terms)
        {
            if (!firstTerm)
            {
                sb.Append(',');
            }

            firstTerm = false;
            // Terms are letters, digits and hyphens only, so they need no JSON escaping.
            sb.Append('"').Append(term).Append("\":[");
            int previous = 0;
            bool first = true;
            foreach (var (doc, code) in postings[term])
            {
                if (!first)
                {
                    sb.Append(',');
                }

                // Documents are delta-coded: runs of small numbers compress well.
                sb.Append(Num(doc - previous)).Append(',').Append(Num(code));
                previous = doc;
                first = false;
            }

            sb.Append(']');
        }

        return Encoding.UTF8.GetBytes(sb.Append('}').ToString());
    }

    private static byte[] Compact(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(w);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static string FolderHash(IEnumerable<SearchFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            sha.AppendData(file.Bytes);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..10];
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
