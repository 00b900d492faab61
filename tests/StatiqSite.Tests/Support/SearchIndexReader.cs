using System.IO.Compression;
using System.Text.Json;
using StatiqSite.Discovery.Search;

namespace StatiqSite.Tests.Support;

/// <summary>
/// Reads a built search index the way docs/data.md says the script does: the manifest first, then only
/// the chunks a query word needs, then the documents of the first page of results. It records every
/// file it reads, so tests can add up what a reader downloads.
/// </summary>
public sealed class SearchIndexReader(Func<string, byte[]?> read)
{
    public const int PageSize = 10;

    private const string Folder = SearchIndexBuilder.Folder;

    private readonly JsonElement manifest = JsonDocument.Parse(read(SearchIndexBuilder.ManifestPath)!).RootElement;

    private readonly Dictionary<string, JsonElement> parsed = new(StringComparer.Ordinal);

    public HashSet<string> Fetched { get; } = new(StringComparer.Ordinal);

    /// <summary>The version the script adds to every URL it fetches.</summary>
    public string Hash => manifest.GetProperty("hash").GetString()!;

    public IReadOnlyList<string> Keys => [.. manifest.GetProperty("chunks").EnumerateArray().Select(k => k.GetString()!)];

    public int Documents => manifest.GetProperty("docs").GetInt32();

    /// <summary>Documents per file of what results show (<c>d/</c>), and per file of body parts (<c>p/</c>).</summary>
    public int Block => manifest.GetProperty("block").GetInt32();

    public int PartBlock => manifest.GetProperty("partBlock").GetInt32();

    public static SearchIndexReader For(BuiltSite built) => new(path => built.Files.TryGetValue(path, out var o) ? o.Bytes.ToArray() : null);

    public static SearchIndexReader For(IReadOnlyList<SearchFile> files)
    {
        var byPath = files.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        return new SearchIndexReader(path => byPath.GetValueOrDefault(path));
    }

    /// <summary>The URLs of the matching documents, best first, each with the body part its excerpt comes from (0: the summary).</summary>
    public List<(int Doc, int Score, int Part)> Query(string query)
    {
        Fetched.Clear();
        Fetched.Add(SearchIndexBuilder.ManifestPath);
        var words = English.Search.Terms(query).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var perWord = words.Select(Lookup).ToList();
        return [.. perWord[0].Keys
            .Where(doc => perWord.All(m => m.ContainsKey(doc)))
            .Select(doc => (doc, perWord.Sum(m => m[doc].Score), perWord.Select(m => m[doc].Part).FirstOrDefault(p => p > 0)))
            .OrderByDescending(r => r.Item2).ThenBy(r => r.doc)];
    }

    /// <summary>Runs a query and reads the first page of results as the script would, to count the bytes.</summary>
    public List<JsonElement> Results(string query)
    {
        var results = Query(query);
        var shown = new List<JsonElement>();
        foreach (var (doc, _, part) in results.Take(PageSize))
        {
            shown.Add(Doc(doc));
            if (part > 0)
            {
                Part(doc, part);
            }
        }

        return shown;
    }

    /// <summary>What a result shows: entry <c>index % block</c> of <c>d/&lt;index / block&gt;.json</c>.</summary>
    public JsonElement Doc(int index)
    {
        return Json($"{Folder}d/{index / Block}.json")[index % Block];
    }

    /// <summary>Body part <paramref name="part"/> (from 1) of a document: from its block, or from its own file if the manifest lists it as long.</summary>
    public string Part(int doc, int part)
    {
        if (manifest.GetProperty("long").EnumerateArray().Any(d => d.GetInt32() == doc))
        {
            return Json($"{Folder}p/{doc}-{part}.json").GetString()!;
        }

        return Json($"{Folder}p/{doc / PartBlock}.json")[doc % PartBlock][part - 1].GetString()!;
    }

    /// <summary>The file of the chunk with the given key: "_", then the key with anything but a-z, 0-9 and "-" as "_" and four hex digits.</summary>
    public static string ChunkPath(string key) =>
        Folder + "t/_" + string.Concat(key.Select(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-' ? c.ToString() : "_" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture))) + ".json";

    /// <summary>The total gzipped size of what the last query fetched, plus the script and anything else named.</summary>
    public long GzippedBytes(params byte[][] extra) =>
        Fetched.Select(path => Gzip(read(path)!)).Concat(extra.Select(Gzip)).Sum();

    public static long Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray().LongLength;
    }

    /// <summary>Every term in the index, read from every chunk.</summary>
    public IEnumerable<string> AllTerms() =>
        Keys.SelectMany(k => Json(ChunkPath(k)).EnumerateObject().Select(p => p.Name));

    private Dictionary<int, (int Score, int Part)> Lookup(string word)
    {
        int prefixMinimum = manifest.GetProperty("prefix").GetInt32();
        bool prefix = word.Length >= prefixMinimum;
        var keys = Keys;
        string? best = keys.Where(k => word.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length);
        var needed = Enumerable.Range(0, keys.Count)
            .Where(i => keys[i] == best || (prefix && keys[i].Length > word.Length && keys[i].StartsWith(word, StringComparison.Ordinal)))
            .Select(i => keys[i]);
        var scores = new Dictionary<int, (int Score, int Part)>();
        foreach (string chunk in needed)
        {
            foreach (var term in Json(ChunkPath(chunk)).EnumerateObject())
            {
                if (!(term.Name == word || (prefix && term.Name.StartsWith(word, StringComparison.Ordinal))))
                {
                    continue;
                }

                var p = term.Value.EnumerateArray().Select(x => x.GetInt32()).ToList();
                int doc = 0;
                for (int i = 0; i < p.Count; i += 2)
                {
                    doc += p[i];
                    int fields = p[i + 1] & 31;
                    int score = new[] { (1, 100), (2, 40), (4, 40), (8, 20), (16, 10) }.Where(w => (fields & w.Item1) != 0).Select(w => w.Item2).DefaultIfEmpty(0).Max()
                        + (term.Name == word ? 5 : 0);
                    if (!scores.TryGetValue(doc, out var current) || score > current.Score)
                    {
                        scores[doc] = (score, (fields & 15) != 0 ? 0 : p[i + 1] >> 5);
                    }
                }
            }
        }

        return scores;
    }

    private JsonElement Json(string path)
    {
        Fetched.Add(path);
        if (!parsed.TryGetValue(path, out var json))
        {
            byte[] bytes = read(path) ?? throw new Xunit.Sdk.XunitException($"the index has no file {path}");
            parsed[path] = json = JsonDocument.Parse(bytes).RootElement;
        }

        return json;
    }
}
