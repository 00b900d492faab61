using StatiqSite.Review;

namespace StatiqSite.Tests.Review;

public class WordDiffTests
{
    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("a b c d", "a x c d")]
    [InlineData("the strike killed him", "the drone strike near the airport killed him")]
    [InlineData("one two three", "")]
    [InlineData("", "one two three")]
    [InlineData("a b a b a b", "b a b a b a")]
    public void Applying_the_edits_gives_back_both_texts(string before, string after)
    {
        var edits = WordDiff.Edits(Words(before), Words(after));

        Assert.Equal(Words(before), edits.Where(e => e.Kind != EditKind.Added).Select(e => e.Word));
        Assert.Equal(Words(after), edits.Where(e => e.Kind != EditKind.Removed).Select(e => e.Word));
    }

    [Fact]
    public void The_script_is_a_shortest_one()
    {
        var edits = WordDiff.Edits(Words("a b c a b b a"), Words("c b a b a c"));

        // The classic example of Myers' paper: 5 edits.
        Assert.Equal(5, edits.Count(e => e.Kind != EditKind.Same));
    }

    [Fact]
    public void Changes_far_apart_are_separate_passages_with_a_little_context()
    {
        var before = Enumerable.Range(0, 100).Select(i => $"w{i}").ToArray();
        var after = before.Select(w => w is "w10" or "w90" ? w + "x" : w).ToArray();

        var hunks = WordDiff.Hunks(before, after);

        Assert.Equal(2, hunks.Count);
        Assert.Equal("w4 w5 w6 w7 w8 w9", hunks[0].Runs[0].Text);
        Assert.Equal(new WordRun(EditKind.Removed, "w10"), hunks[0].Runs[1]);
        Assert.Equal(new WordRun(EditKind.Added, "w10x"), hunks[0].Runs[2]);
        Assert.Equal("w11 w12 w13 w14 w15 w16", hunks[0].Runs[3].Text);
    }
}
