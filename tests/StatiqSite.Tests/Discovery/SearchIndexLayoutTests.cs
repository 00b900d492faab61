using System.Collections.Immutable;
using System.Text.RegularExpressions;
using SiteModel = StatiqSite.Content.Model.Site;
using StatiqSite.Discovery.Search;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Discovery;

/// <summary>
/// The files of the search index: few of them, under names that do not change between builds, so that
/// an edit rewrites only the files that hold what changed; and the session cache that makes a rebuild
/// tokenize only changed documents gives the same bytes as a build from scratch.
/// </summary>
public partial class SearchIndexLayoutTests
{
    private static readonly Lazy<(SiteModel Site, ImmutableArray<SearchDocument> Docs)> Synthetic = new(() =>
    {
        var site = SyntheticSite.Create(2000);
        return (site, SearchDocuments.From(site));
    });

    private static ImmutableArray<SearchDocument> Docs => Synthetic.Value.Docs;

    [Fact]
    public void The_index_of_a_big_site_is_a_few_files_per_block_of_documents_under_stable_names()
    {
        var files = SearchIndexBuilder.Build(Docs, English.Search);
        var index = SearchIndexReader.For(files);
        Assert.All(files, f => Assert.Matches(FileName(), f.Path));
        Assert.Equal(files.Count, files.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count());

        int blocks = (Docs.Length + index.Block - 1) / index.Block;
        int partBlocks = (Docs.Length + index.PartBlock - 1) / index.PartBlock;
        int ownParts = Docs.Where(SearchIndexBuilder.IsLong).Sum(d => d.Parts.Length);
        Assert.Equal(blocks, files.Count(f => f.Path.StartsWith("search/d/", StringComparison.Ordinal)));
        Assert.Equal(index.Keys.Count, files.Count(f => f.Path.StartsWith("search/t/", StringComparison.Ordinal)));
        int partFiles = files.Count(f => Regex.IsMatch(f.Path, @"^search/p/[0-9]+\.json$"));
        Assert.InRange(partFiles, 1, partBlocks);
        Assert.Equal(ownParts, files.Count(f => Regex.IsMatch(f.Path, @"^search/p/[0-9]+-[0-9]+\.json$")));
        Assert.Equal(1 + index.Keys.Count + blocks + partFiles + ownParts, files.Count);

        // Every body part of every document is where the manifest says, and holds that document's text.
        foreach (int doc in new[] { 0, 1, Docs.Length / 2, Docs.Length - 1 }.Concat(Enumerable.Range(0, Docs.Length).Where(i => SearchIndexBuilder.IsLong(Docs[i])).Take(3)))
        {
            Assert.Equal(Docs[doc].Url, index.Doc(doc).GetProperty("u").GetString());
            for (int p = 0; p < Docs[doc].Parts.Length; p++)
            {
                Assert.Equal(Docs[doc].Parts[p], index.Part(doc, p + 1));
            }
        }

        // The same documents give the same names and bytes.
        var again = SearchIndexBuilder.Build(Docs, English.Search);
        Assert.Equal(files.Select(f => f.Path), again.Select(f => f.Path));
        Assert.All(files.Zip(again), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
    }

    [Fact]
    public void A_changed_summary_rewrites_the_manifest_the_documents_block_and_the_chunk_of_the_new_word()
    {
        int k = Docs.Length / 2 + 5;
        var changed = Docs.SetItem(k, Docs[k] with { Summary = Docs[k].Summary + " Zyxwvut." });
        var (before, after, cache) = BuildTwice(Docs, changed);

        string chunk = ChunkOf(after, "zyxwvut");
        Assert.Equal(
            new[] { SearchIndexBuilder.ManifestPath, $"search/d/{k / SearchIndexReader.For(after).Block}.json", chunk }.Order(StringComparer.Ordinal),
            Differences(before, after));
        Assert.Equal(1, cache.Tokenized);
        Assert.Contains(SearchIndexReader.For(after).Query("zyxwvut"), r => r.Doc == k);
    }

    [Fact]
    public void A_changed_body_rewrites_the_manifest_the_parts_file_and_the_chunk_of_the_new_word()
    {
        int k = Enumerable.Range(Docs.Length / 3, Docs.Length).First(i => Docs[i].Parts.Length > 0 && !SearchIndexBuilder.IsLong(Docs[i]));
        var parts = Docs[k].Parts.SetItem(0, Docs[k].Parts[0] + " Qwertzu.");
        var changed = Docs.SetItem(k, Docs[k] with { Parts = parts });
        var (before, after, cache) = BuildTwice(Docs, changed);

        Assert.Equal(
            new[] { SearchIndexBuilder.ManifestPath, $"search/p/{k / SearchIndexReader.For(after).PartBlock}.json", ChunkOf(after, "qwertzu") }.Order(StringComparer.Ordinal),
            Differences(before, after));
        Assert.Equal(1, cache.Tokenized);
        var index = SearchIndexReader.For(after);
        var hit = Assert.Single(index.Query("qwertzu"));
        Assert.Equal((k, 1), (hit.Doc, hit.Part));
        Assert.EndsWith("Qwertzu.", index.Part(k, 1), StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_document_from_a_cached_session_gives_what_a_fresh_build_gives()
    {
        var fewer = Docs.RemoveAt(10);
        var (_, after, cache) = BuildTwice(Docs, fewer);
        Assert.Equal(0, cache.Tokenized);
        Assert.Equal(Docs.Length - 1, SearchIndexReader.For(after).Documents);
    }

    [Fact]
    public void Chunks_of_terms_in_other_scripts_are_named_so_the_script_can_find_them()
    {
        var docs = ImmutableArray.Create(
            Doc("/a/", "بغداد والنجف"),
            Doc("/b/", "Ελληνικά κείμενα"),
            Doc("/c/", "Con and com1 aux"));
        var files = SearchIndexBuilder.Build(docs, English.Search);
        var index = SearchIndexReader.For(files);
        Assert.Contains(files, f => f.Path.StartsWith("search/t/__06", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Path.StartsWith("search/t/__03", StringComparison.Ordinal));
        Assert.All(files, f => Assert.Matches(FileName(), f.Path));
        Assert.Equal("/a/", index.Doc(Assert.Single(index.Query("بغداد")).Doc).GetProperty("u").GetString());
        Assert.Equal("/b/", index.Doc(Assert.Single(index.Query("ελληνικά")).Doc).GetProperty("u").GetString());
        Assert.Equal("/c/", index.Doc(Assert.Single(index.Query("con")).Doc).GetProperty("u").GetString());
        Assert.Equal(SearchIndexReader.ChunkPath("بغ"), SearchIndexBuilder.Folder + SearchIndexBuilder.ChunkFile("بغ"));
    }

    [Fact]
    public void Search_documents_of_unchanged_records_are_kept_between_builds()
    {
        var site = Synthetic.Value.Site;
        var cache = new SearchIndexCache();
        var first = SearchDocuments.From(site, cache);
        Assert.Equal(first.Length, cache.Described);
        var second = SearchDocuments.From(site, cache);
        Assert.Equal(0, cache.Described);
        Assert.All(first.Zip(second), pair => Assert.Same(pair.First, pair.Second));

        // What the cache gives is what a build without it makes.
        var fresh = SearchDocuments.From(site);
        Assert.Equal(first.Length, fresh.Length);
        Assert.All(first.Zip(fresh), pair => Assert.Equal(Describe(pair.First), Describe(pair.Second)));
    }

    [Fact]
    public void Blocks_hold_fewer_documents_when_documents_are_longer()
    {
        var shortDocs = Docs.Select(d => d with { Summary = new string('s', 100), Parts = ["p"] }).ToImmutableArray();
        var longDocs = Docs.Select(d => d with { Summary = new string('s', 1000), Parts = [new string('p', 1400), new string('q', 1400)] }).ToImmutableArray();
        var (shortBlock, shortParts) = SearchIndexBuilder.BlockSizes(shortDocs);
        var (longBlock, longParts) = SearchIndexBuilder.BlockSizes(longDocs);
        Assert.True(longBlock < shortBlock, $"{longBlock} vs {shortBlock}");
        Assert.True(longParts < shortParts, $"{longParts} vs {shortParts}");
        foreach (int size in new[] { shortBlock, shortParts, longBlock, longParts })
        {
            Assert.InRange(size, SearchIndexBuilder.MinBlock, SearchIndexBuilder.MaxBlock);
            Assert.Equal(0, size & (size - 1));
        }

        // A block of long documents stays within its target, and twice as many would not.
        long least = longDocs.Sum(d => (long)d.Summary.Length) / longDocs.Length;
        long most = longDocs.Sum(d => (long)d.Summary.Length + d.Title.Length + d.Url.Length + 100) / longDocs.Length;
        Assert.True(longBlock * least <= SearchIndexBuilder.DocumentTarget, $"{longBlock} × {least}");
        Assert.True(2 * longBlock * most > SearchIndexBuilder.DocumentTarget, $"2 × {longBlock} × {most}");
    }

    /// <summary>Builds the first documents, then the second with the first build's cache, and checks the second against a build from scratch.</summary>
    private static (IReadOnlyList<SearchFile> Before, IReadOnlyList<SearchFile> After, SearchIndexCache Cache) BuildTwice(
        ImmutableArray<SearchDocument> first, ImmutableArray<SearchDocument> second)
    {
        var cache = new SearchIndexCache();
        var before = SearchIndexBuilder.Build(first, English.Search, cache);
        Assert.Equal(first.Length, cache.Tokenized);
        var after = SearchIndexBuilder.Build(second, English.Search, cache);
        var fresh = SearchIndexBuilder.Build(second, English.Search);
        Assert.Equal(fresh.Select(f => f.Path), after.Select(f => f.Path));
        Assert.All(fresh.Zip(after), pair => Assert.True(pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes), pair.First.Path));
        return (before, after, cache);
    }

    /// <summary>The paths added, removed or with other bytes, in ordinal order.</summary>
    private static IEnumerable<string> Differences(IReadOnlyList<SearchFile> before, IReadOnlyList<SearchFile> after)
    {
        var old = before.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        var now = after.ToDictionary(f => f.Path, f => f.Bytes, StringComparer.Ordinal);
        return old.Keys.Union(now.Keys, StringComparer.Ordinal)
            .Where(p => !old.TryGetValue(p, out var a) || !now.TryGetValue(p, out var b) || !a.AsSpan().SequenceEqual(b))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>The file of the chunk that holds a term: the longest key that starts it.</summary>
    private static string ChunkOf(IReadOnlyList<SearchFile> files, string term) =>
        SearchIndexReader.ChunkPath(SearchIndexReader.For(files).Keys.Where(k => term.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length)!);

    private static string Describe(SearchDocument d) =>
        string.Join("|", d.Kind, d.Url, d.Title, d.AlsoKnownAs, d.Date ?? "-", d.Summary, d.Names, string.Join(",", d.DateTerms), string.Join("¶", d.Parts));

    private static SearchDocument Doc(string url, string title) =>
        new("page", url, title, string.Empty, null, "A page.", string.Empty, [], []);

    [GeneratedRegex(@"^search/(index\.json|t/_[a-z0-9_-]+\.json|d/[0-9]+\.json|p/[0-9]+(-[0-9]+)?\.json)$")]
    private static partial Regex FileName();
}
