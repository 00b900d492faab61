namespace StatiqSite.Discovery.Search;

/// <summary>A chunk of the index: the terms from <see cref="From"/> up to <see cref="To"/> (in <see cref="SearchPostings.Terms"/>), which all start with <see cref="Key"/>.</summary>
public readonly record struct SearchChunk(string Key, int From, int To);

/// <summary>
/// For each term, in ordinal order of the terms, the documents it occurs in, in document order, each
/// with its posting code (fields + 32 × first body part). Kept as one array of (document, code) pairs
/// with an offset per term rather than a list per term.
/// </summary>
public sealed class SearchPostings
{
    private readonly int[] data;
    private readonly int[] start;

    private SearchPostings(string[] terms, int[] start, int[] data)
    {
        Terms = terms;
        this.start = start;
        this.data = data;
    }

    public string[] Terms { get; }

    /// <summary>How many documents hold the term at <paramref name="t"/>.</summary>
    public int Count(int t) => (start[t + 1] - start[t]) / 2;

    /// <summary>The (document, code) pairs of the term at <paramref name="t"/>, documents not delta-coded.</summary>
    public ReadOnlySpan<int> Of(int t) => data.AsSpan(start[t], start[t + 1] - start[t]);

    /// <summary>Merges the terms of every document, in document order, so the result never depends on which thread tokenized what.</summary>
    public static SearchPostings Merge(IReadOnlyList<DocumentTerms> docs, SearchTermTable table)
    {
        var counts = new int[table.Count];
        foreach (var doc in docs)
        {
            foreach (int id in doc.Ids)
            {
                counts[id]++;
            }
        }

        int used = 0;
        foreach (int c in counts)
        {
            used += c > 0 ? 1 : 0;
        }

        var ids = new int[used];
        var terms = new string[used];
        for (int id = 0, n = 0; id < counts.Length; id++)
        {
            if (counts[id] > 0)
            {
                ids[n] = id;
                terms[n++] = table[id];
            }
        }

        Array.Sort(terms, ids, StringComparer.Ordinal);

        // Each term's next free slot, found through its number.
        var next = new int[table.Count];
        var start = new int[used + 1];
        for (int t = 0; t < used; t++)
        {
            next[ids[t]] = start[t];
            start[t + 1] = start[t] + (2 * counts[ids[t]]);
        }

        var data = new int[start[used]];
        for (int d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            for (int k = 0; k < doc.Ids.Length; k++)
            {
                int at = next[doc.Ids[k]];
                data[at] = d;
                data[at + 1] = doc.Codes[k];
                next[doc.Ids[k]] = at + 2;
            }
        }

        return new SearchPostings(terms, start, data);
    }

    /// <summary>
    /// Groups terms by their first character, and splits a group that is too big by one more character,
    /// again and again, so a small site has a few chunks and a big one many. A term belongs to the
    /// longest key that starts it. Terms sorted in ordinal order keep each group in one run, and the
    /// chunks come out in key order.
    /// </summary>
    public List<SearchChunk> Chunk(int target, int maxKeyLength)
    {
        // A chunk's size is estimated from each term's length and posting count, summed over runs.
        var size = new long[Terms.Length + 1];
        for (int t = 0; t < Terms.Length; t++)
        {
            size[t + 1] = size[t] + Terms[t].Length + 6 + (Count(t) * 8L);
        }

        var chunks = new List<SearchChunk>();
        Group(0, Terms.Length, 0);
        return chunks;

        // The terms from..to share their first `length` characters: one group per next character.
        void Group(int from, int to, int length)
        {
            int t = from;
            while (t < to)
            {
                string key = Terms[t][..(length + 1)];
                int end = t + 1;
                while (end < to && Terms[end].StartsWith(key, StringComparison.Ordinal))
                {
                    end++;
                }

                Split(key, t, end);
                t = end;
            }
        }

        void Split(string key, int from, int to)
        {
            // Only the key itself can be as short as the key, and it sorts first.
            int longer = Terms[from].Length == key.Length ? from + 1 : from;
            if (size[to] - size[from] <= target || key.Length >= maxKeyLength || longer == to)
            {
                chunks.Add(new SearchChunk(key, from, to));
                return;
            }

            if (longer > from)
            {
                chunks.Add(new SearchChunk(key, from, longer));
            }

            Group(longer, to, key.Length);
        }
    }
}
