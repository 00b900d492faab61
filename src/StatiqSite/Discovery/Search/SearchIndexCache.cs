using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using StatiqSite.Content.Model;

namespace StatiqSite.Discovery.Search;

/// <summary>
/// What one build of the search index keeps for the next in a preview session (one per session,
/// through <c>context.Session?.Cache&lt;SearchIndexCache&gt;()</c>); a build without a session uses a
/// fresh one, which keeps nothing useful. Everything is found again by reference: an unchanged content
/// file gives back the same record objects (Incremental/FileCache, MarkupCache), so it gives back the
/// same <see cref="SearchDocument"/>, whose terms and JSON are then reused. An edit to one briefing
/// therefore re-tokenizes one document and rewrites the files that hold it.
/// </summary>
public sealed class SearchIndexCache
{
    private ConditionalWeakTable<object, SearchDocument> documents = new();
    private string basePath = string.Empty;
    private ImmutableArray<Actor> actors = [];
    private string language = string.Empty;

    private ConditionalWeakTable<SearchDocument, DocumentTerms> terms = new();
    private readonly ConditionalWeakTable<byte[], byte[]> digests = new();
    private Dictionary<string, (SearchDocument[] Docs, byte[] Bytes)> blocks = new(StringComparer.Ordinal);
    private Dictionary<string, (SearchDocument[] Docs, byte[] Bytes)> nextBlocks = new(StringComparer.Ordinal);
    private SearchPostings? lastPostings;
    private Dictionary<string, (SearchChunk Chunk, byte[] Bytes)> lastChunks = new(StringComparer.Ordinal);
    private int tokenized;
    private int described;

    /// <summary>False for a build without a session: then nothing is kept, since nothing would use it.</summary>
    public bool Keep { get; init; } = true;

    /// <summary>The numbers of every term met in this session, under the rules of <see cref="Use"/>.</summary>
    public SearchTermTable Table { get; private set; } = null!;

    /// <summary>
    /// Sets the language's search rules for this build. Terms made under other rules (another language, or
    /// an edited rules file) are of no use, so then everything starts afresh.
    /// </summary>
    public void Use(SearchText text)
    {
        if (Table is not null && Table.Text.Signature == text.Signature)
        {
            return;
        }

        Table = new SearchTermTable(text);
        terms = new();
        blocks = new(StringComparer.Ordinal);
        nextBlocks = new(StringComparer.Ordinal);
        lastPostings = null;
        lastChunks = new(StringComparer.Ordinal);
    }

    /// <summary>How many documents the last build tokenized (the rest kept their terms).</summary>
    public int Tokenized => tokenized;

    /// <summary>How many pages the last build turned into search documents (the rest were kept).</summary>
    public int Described => described;

    /// <summary>
    /// Starts a build of the documents. A document is made from its record, the base path of its URL and
    /// the names and aliases of the actors it involves, and its dates in the site's language, so a new base path,
    /// any changed actor or changed language rules start afresh.
    /// </summary>
    public void BeginDocuments(Site site)
    {
        if (site.Urls.BasePath != basePath || !site.Actors.AsSpan().SequenceEqual(actors.AsSpan(), ReferenceEqualityComparer.Instance)
            || site.Language.Signature != language)
        {
            documents = new();
        }

        language = site.Language.Signature;
        basePath = site.Urls.BasePath;
        actors = site.Actors;
        described = 0;
    }

    /// <summary>The search document of a record: last build's if the record is the same object, or a new one.</summary>
    public SearchDocument Document<T>(T record, Func<T, SearchDocument> make)
        where T : class
    {
        if (documents.TryGetValue(record, out var doc))
        {
            return doc;
        }

        Interlocked.Increment(ref described);
        doc = make(record);
        documents.AddOrUpdate(record, doc);
        return doc;
    }

    /// <summary>The terms of every document, in document order; only documents not seen before are tokenized, in parallel.</summary>
    public DocumentTerms[] Tokenize(ImmutableArray<SearchDocument> docs, ParallelOptions parallel)
    {
        var result = new DocumentTerms[docs.Length];
        var missing = new List<int>();
        for (int i = 0; i < docs.Length; i++)
        {
            if (terms.TryGetValue(docs[i], out var known))
            {
                result[i] = known;
            }
            else
            {
                missing.Add(i);
            }
        }

        Parallel.For(0, missing.Count, parallel, () => new DocumentTerms.Scratch(), (k, _, scratch) =>
        {
            int i = missing[k];
            result[i] = DocumentTerms.Of(docs[i], Table, scratch);
            return scratch;
        }, _ => { });
        if (Keep)
        {
            foreach (int i in missing)
            {
                terms.AddOrUpdate(docs[i], result[i]);
            }
        }

        tokenized = missing.Count;
        return result;
    }

    /// <summary>A block file's bytes: last build's when it held the very same documents.</summary>
    public byte[] Block(string kind, int from, ReadOnlySpan<SearchDocument> docs, Func<ReadOnlySpan<SearchDocument>, byte[]> write)
    {
        if (!Keep)
        {
            return write(docs);
        }

        string key = kind + from.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!blocks.TryGetValue(key, out var last) || !last.Docs.AsSpan().SequenceEqual(docs, ReferenceEqualityComparer.Instance))
        {
            last = (docs.ToArray(), write(docs));
        }

        nextBlocks[key] = last;
        return last.Bytes;
    }

    /// <summary>A chunk's bytes: last build's when it has the same key, terms and postings.</summary>
    public byte[] Chunk(SearchPostings postings, SearchChunk chunk)
    {
        if (lastPostings is not null && lastChunks.TryGetValue(chunk.Key, out var last) && Same(lastPostings, last.Chunk, postings, chunk))
        {
            return last.Bytes;
        }

        return SearchJson.Chunk(postings, chunk.From, chunk.To);
    }

    /// <summary>The SHA-256 of a file's bytes, kept with the bytes while they are reused.</summary>
    public byte[] Digest(byte[] bytes)
    {
        if (digests.TryGetValue(bytes, out var digest))
        {
            return digest;
        }

        digest = System.Security.Cryptography.SHA256.HashData(bytes);
        if (Keep)
        {
            digests.AddOrUpdate(bytes, digest);
        }

        return digest;
    }

    /// <summary>Ends a build: what it made is what the next one compares with.</summary>
    public void Built(SearchPostings postings, List<SearchChunk> chunks, IReadOnlyList<byte[]> chunkBytes)
    {
        if (!Keep)
        {
            return;
        }

        lastPostings = postings;
        lastChunks = new Dictionary<string, (SearchChunk, byte[])>(chunks.Count, StringComparer.Ordinal);
        for (int i = 0; i < chunks.Count; i++)
        {
            lastChunks[chunks[i].Key] = (chunks[i], chunkBytes[i]);
        }

        (blocks, nextBlocks) = (nextBlocks, blocks);
        nextBlocks.Clear();
    }

    private static bool Same(SearchPostings a, SearchChunk x, SearchPostings b, SearchChunk y)
    {
        if (x.To - x.From != y.To - y.From)
        {
            return false;
        }

        for (int k = 0; k < x.To - x.From; k++)
        {
            if (!string.Equals(a.Terms[x.From + k], b.Terms[y.From + k], StringComparison.Ordinal) || !a.Of(x.From + k).SequenceEqual(b.Of(y.From + k)))
            {
                return false;
            }
        }

        return true;
    }
}
