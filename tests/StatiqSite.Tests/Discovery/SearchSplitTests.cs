using StatiqSite.Discovery.Search;

namespace StatiqSite.Tests.Discovery;

/// <summary>
/// Text already normalized (trimmed lines, none empty) is cut into parts as slices of itself; a leading
/// space sends the same text down the general road, which trims it away, so both must give the same parts.
/// </summary>
public class SearchSplitTests
{
    [Theory]
    [InlineData(20261121)]
    [InlineData(20261122)]
    public void Normalized_text_splits_into_the_same_parts_as_the_general_road(int seed)
    {
        var random = new Random(seed);
        int multiPart = 0;
        for (int n = 0; n < 500; n++)
        {
            var paragraphs = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => new string('x', random.Next(1, 900)) + (random.Next(3) == 0 ? " y" : string.Empty));
            string text = string.Join('\n', paragraphs);
            var quick = SearchDocuments.Split(text);
            var general = SearchDocuments.Split(" " + text);
            Assert.True(general.SequenceEqual(quick), $"{string.Join(",", text.Split((char)10).Select(p => p.Length))} general {string.Join(",", general.Select(p => p.Length))} quick {string.Join(",", quick.Select(p => p.Length))}");
            Assert.All(quick, part => Assert.True(part.Length <= SearchDocuments.PartLength || !part.Contains('\n', StringComparison.Ordinal), "a part grew past the limit"));
            multiPart += quick.Length > 1 ? 1 : 0;
        }

        Assert.True(multiPart > 100, $"only {multiPart} texts were long enough to split");
    }

    [Fact]
    public void A_short_normalized_text_is_its_own_single_part()
    {
        string text = "first paragraph\nsecond one";
        Assert.Same(text, Assert.Single(SearchDocuments.Split(text)));
    }
}
