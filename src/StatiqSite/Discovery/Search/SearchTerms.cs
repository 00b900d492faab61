using System.Collections.Concurrent;

namespace StatiqSite.Discovery.Search;

/// <summary>
/// Every term seen, each with a number, so that postings are gathered in arrays rather than in a
/// dictionary keyed by strings, and each term's string is made once rather than once per page. The
/// numbers depend on which thread met a term first, so they never reach the output: the index sorts
/// terms by their text. In preview one table lives for the whole session, so numbers stay valid for
/// the documents whose terms are kept from one build to the next.
/// </summary>
public sealed class SearchTermTable
{
    private readonly ConcurrentDictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly List<string> terms = [];
    private readonly Lock gate = new();

    public SearchTermTable(SearchText text)
    {
        Text = text;
        lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (string stop in text.StopWords)
        {
            ids[stop] = StopWord;
        }
    }

    /// <summary>The language's rules the terms were made by.</summary>
    public SearchText Text { get; }

    /// <summary>What <see cref="Id"/> gives for a stop word, which is not a term.</summary>
    public const int StopWord = -1;

    /// <summary>How many terms have a number.</summary>
    public int Count => terms.Count;

    /// <summary>A term's text. Not to be called while other threads add terms.</summary>
    public string this[int id] => terms[id];

    /// <summary>The number of a term, given one the first time it is seen, or <see cref="StopWord"/>. Safe from several threads.</summary>
    public int Id(ReadOnlySpan<char> term)
    {
        if (lookup.TryGetValue(term, out int id))
        {
            return id;
        }

        lock (gate)
        {
            if (!lookup.TryGetValue(term, out id))
            {
                string text = term.ToString();
                id = terms.Count;
                terms.Add(text);
                ids[text] = id;
            }

            return id;
        }
    }
}

/// <summary>
/// The distinct terms of one document, as numbers in a <see cref="SearchTermTable"/>, each with its
/// posting code: the fields it occurs in plus 32 × the first body part that holds it (0 when none does).
/// </summary>
public sealed class DocumentTerms(int[] ids, int[] codes)
{
    public int[] Ids { get; } = ids;

    public int[] Codes { get; } = codes;

    /// <summary>Tokenizes a document; <paramref name="scratch"/> is reused between calls on one thread.</summary>
    public static DocumentTerms Of(SearchDocument doc, SearchTermTable table, Scratch scratch)
    {
        Add(doc.Title, SearchField.Title, 0);
        Add(doc.AlsoKnownAs, SearchField.Title, 0);
        Add(doc.Names, SearchField.Names, 0);
        foreach (string date in doc.DateTerms)
        {
            Add(date, SearchField.Date, 0);
        }

        Add(doc.Summary, SearchField.Summary, 0);
        for (int p = 0; p < doc.Parts.Length; p++)
        {
            Add(doc.Parts[p], SearchField.Body, p + 1);
        }

        // Order within a document does not matter: the index sorts terms by their text.
        var seen = scratch.Seen;
        int[] ids = new int[seen.Count];
        int[] codes = new int[seen.Count];
        for (int n = 0; n < seen.Count; n++)
        {
            ids[n] = seen[n];
            codes[n] = scratch.Codes[seen[n]];
            scratch.Codes[seen[n]] = 0;
        }

        seen.Clear();
        return new DocumentTerms(ids, codes);

        void Add(string text, SearchField field, int part)
        {
            if (text.Length == 0)
            {
                return;
            }

            string normalized = table.Text.Normalize(text);
            int i = 0;
            while (SearchText.NextWord(normalized, ref i, out var word))
            {
                int id;
                if (!SearchText.HasTermLength(word) || (id = table.Id(word)) == SearchTermTable.StopWord)
                {
                    continue;
                }

                int code = scratch.Code(id);
                if (code == 0)
                {
                    scratch.Seen.Add(id);
                }

                int first = code >> 5;
                scratch.Codes[id] = (code & 31 | (int)field) + (32 * (first == 0 ? part : first));
            }
        }
    }

    /// <summary>One thread's working state: each term's code so far in the current document, by term number.</summary>
    public sealed class Scratch
    {
        public int[] Codes { get; private set; } = new int[1024];

        public List<int> Seen { get; } = [];

        public int Code(int id)
        {
            if (id >= Codes.Length)
            {
                var bigger = new int[Math.Max(id + 1, Codes.Length * 2)];
                Codes.CopyTo(bigger);
                Codes = bigger;
            }

            return Codes[id];
        }
    }
}
