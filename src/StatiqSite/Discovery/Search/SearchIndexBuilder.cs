using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StatiqSite.Discovery.Data;

namespace StatiqSite.Discovery.Search;

/// <summary>One file of the search index, relative to the output folder.</summary>
public sealed record SearchFile(string Path, byte[] Bytes);

/// <summary>
/// Builds the search index as a few hundred files under <c>search/</c>, so that a query downloads
/// only what it needs (docs/data.md has the layout):
/// <list type="bullet">
/// <item><c>index.json</c>, the manifest: the version, the key of each term chunk, the language's search rules;</item>
/// <item><c>t/_&lt;key&gt;.json</c>, term chunks: each term's postings (document, fields, body part);</item>
/// <item><c>d/&lt;n&gt;.json</c>, what results show, for a block of documents (<see cref="BlockSizes"/>);</item>
/// <item><c>p/&lt;n&gt;.json</c>, body parts of a block of documents, fetched only for an excerpt from a body
/// hit; a long document's parts have files of their own, <c>p/&lt;doc&gt;-&lt;part&gt;.json</c>.</item>
/// </list>
/// Names do not change from one build to the next, so an edit rewrites only the files whose bytes
/// change; the manifest carries a hash of everything else, which the script adds to every URL it
/// fetches, so a browser never mixes files of two versions.
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>A chunk over this many bytes is split by a longer prefix (a single term's postings cannot be).</summary>
    public const int ChunkTarget = 12 * 1024;

    public const int MaxKeyLength = 6;

    /// <summary>Shorter query words match whole terms only; from this length they match as prefixes.</summary>
    public const int PrefixMinimum = 3;

    /// <summary>
    /// About how many characters a file of what results show holds: every result on screen costs one such
    /// file (shared with its neighbours), so ten results in ten blocks must stay well inside the 50 KB a
    /// query may download.
    /// </summary>
    public const int DocumentTarget = 8 * 1024;

    /// <summary>About how many characters a file of body parts holds; only results whose best match is in the body fetch one.</summary>
    public const int PartTarget = 32 * 1024;

    /// <summary>The fewest and most documents in a block.</summary>
    public const int MinBlock = 4, MaxBlock = 64;

    /// <summary>A document whose parts add up to more characters than this gets a file per part, so no block file grows large.</summary>
    public const int LongDocument = 2 * SearchDocuments.PartLength;

    /// <summary>The folder of the index, relative to the output folder; hosts revalidate it (see Publishing/HostingRules.cs).</summary>
    public const string Folder = "search/";

    /// <summary>Where the manifest goes, relative to the output folder.</summary>
    public const string ManifestPath = Folder + "index.json";

    public static IReadOnlyList<SearchFile> Build(ImmutableArray<SearchDocument> docs, SearchText text, SearchIndexCache? cache = null, ParallelOptions? parallel = null)
    {
        cache ??= new SearchIndexCache { Keep = false };
        cache.Use(text);
        var terms = cache.Tokenize(docs, parallel ?? new ParallelOptions());
        var postings = SearchPostings.Merge(terms, cache.Table);
        var chunks = postings.Chunk(ChunkTarget, MaxKeyLength);

        var (documentBlock, partBlock) = BlockSizes(docs);
        var files = new List<SearchFile>(chunks.Count + (docs.Length / documentBlock) + (docs.Length / partBlock) + 8);
        var chunkBytes = new byte[chunks.Count][];
        for (int c = 0; c < chunks.Count; c++)
        {
            chunkBytes[c] = cache.Chunk(postings, chunks[c]);
            files.Add(new SearchFile(Folder + ChunkFile(chunks[c].Key), chunkBytes[c]));
        }

        var all = docs.AsSpan();
        for (int from = 0; from < docs.Length; from += documentBlock)
        {
            var block = all.Slice(from, Math.Min(documentBlock, docs.Length - from));
            files.Add(new SearchFile($"{Folder}d/{Num(from / documentBlock)}.json", cache.Block("d", from, block, b => SearchJson.Documents(b))));
        }

        var longDocs = new List<int>();
        for (int from = 0; from < docs.Length; from += partBlock)
        {
            var block = all.Slice(from, Math.Min(partBlock, docs.Length - from));
            bool any = false;
            for (int i = 0; i < block.Length; i++)
            {
                var doc = block[i];
                if (IsLong(doc))
                {
                    longDocs.Add(from + i);
                    for (int p = 0; p < doc.Parts.Length; p++)
                    {
                        files.Add(new SearchFile($"{Folder}p/{Num(from + i)}-{Num(p + 1)}.json", SearchJson.String(doc.Parts[p])));
                    }
                }
                else
                {
                    any |= !doc.Parts.IsEmpty;
                }
            }

            if (any)
            {
                files.Add(new SearchFile($"{Folder}p/{Num(from / partBlock)}.json", cache.Block("p", from, block, b => SearchJson.Parts(b, d => !IsLong(d)))));
            }
        }

        cache.Built(postings, chunks, chunkBytes);
        files.Add(new SearchFile(ManifestPath, SearchJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("v", 2);
            w.WriteString("hash", Hash(files, cache));
            w.WriteNumber("docs", docs.Length);
            w.WriteNumber("prefix", PrefixMinimum);
            w.WriteNumber("block", documentBlock);
            w.WriteNumber("partBlock", partBlock);
            w.WriteStartArray("long");
            foreach (int doc in longDocs)
            {
                w.WriteNumberValue(doc);
            }

            w.WriteEndArray();
            text.WriteRules(w);
            DataJson.Strings(w, "chunks", chunks.Select(c => c.Key));
            w.WriteEndObject();
        })));
        return files;
    }

    /// <summary>
    /// How many documents go in a file of what results show, and in a file of body parts: a power of two
    /// (from <see cref="MinBlock"/> to <see cref="MaxBlock"/>) chosen from the average size of a document,
    /// so that a block holds about <see cref="DocumentTarget"/> or <see cref="PartTarget"/> characters.
    /// Documents stay in the same block as long as the power of two stays the same, which an edit to
    /// one page of a big site practically never changes.
    /// </summary>
    public static (int Documents, int Parts) BlockSizes(ImmutableArray<SearchDocument> docs)
    {
        long shown = 0, parts = 0;
        int withParts = 0;
        foreach (var doc in docs)
        {
            // The JSON's names, quotes and commas come to about 30 characters a document.
            shown += doc.Url.Length + doc.Kind.Length + doc.Title.Length + (doc.Date?.Length ?? 4) + doc.Summary.Length + 30;
            if (!doc.Parts.IsEmpty && !IsLong(doc))
            {
                withParts++;
                foreach (string part in doc.Parts)
                {
                    parts += part.Length + 3;
                }
            }
        }

        return (Fit(DocumentTarget, shown, docs.Length), Fit(PartTarget, parts, withParts));

        static int Fit(int target, long total, int count)
        {
            long average = Math.Max(1, total / Math.Max(1, count));
            int block = MinBlock;
            while (block < MaxBlock && block * 2 * average <= target)
            {
                block *= 2;
            }

            return block;
        }
    }

    /// <summary>
    /// A chunk's file name: its key, each character other than a-z, 0-9 and "-" written as "_" and four
    /// hex digits of its UTF-16 code, after a "_" that keeps names such as "con" clear of the names
    /// Windows reserves. search.js derives the same name from the key.
    /// </summary>
    public static string ChunkFile(string key)
    {
        var name = new StringBuilder("t/_", key.Length + 10);
        foreach (char c in key)
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            {
                name.Append(c);
            }
            else
            {
                name.Append('_').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return name.Append(".json").ToString();
    }

    public static bool IsLong(SearchDocument doc)
    {
        if (doc.Parts.Length <= 1)
        {
            return false;
        }

        int length = 0;
        foreach (string part in doc.Parts)
        {
            length += part.Length;
        }

        return length > LongDocument;
    }

    /// <summary>
    /// The version of the index: a hash of every file but the manifest, names included, made from a hash
    /// of each file, which a preview session keeps for files whose bytes it reused.
    /// </summary>
    private static string Hash(List<SearchFile> files, SearchIndexCache cache)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            sha.AppendData(cache.Digest(file.Bytes));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..10];
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
