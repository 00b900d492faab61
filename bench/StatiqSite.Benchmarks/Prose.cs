using System.Text;

namespace StatiqSite.Benchmarks;

/// <summary>
/// A small deterministic random source (xorshift64*), so that a corpus depends only on its size and
/// never on the runtime's <see cref="Random"/> implementation.
/// </summary>
public sealed class Prng(ulong seed)
{
    private ulong state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

    public ulong Next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1DUL;
    }

    /// <summary>A number in [0, max).</summary>
    public int Below(int max) => max <= 0 ? 0 : (int)(Next() % (ulong)max);

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];
}

/// <summary>Filler prose for the synthetic corpus: plausible sentence shapes from a fixed vocabulary.</summary>
public static class Prose
{
    private static readonly string[] Subjects =
    [
        "the coalition", "the government", "parliament", "the ministry", "local officials", "the delegation",
        "the commanders", "the envoy", "the militia", "the security forces", "observers", "the committee",
    ];

    private static readonly string[] Verbs =
    [
        "reviewed", "announced", "postponed", "questioned", "approved", "rejected", "discussed", "described",
        "reported", "expanded", "limited", "welcomed",
    ];

    private static readonly string[] Objects =
    [
        "the training mission", "a new timetable", "the joint statement", "the budget for the bases",
        "the talks on the withdrawal", "the patrols near the border", "the agreement on advisers",
        "the inquiry into the attack", "the plan for the elections", "the transfer of the camps",
        "the schedule of the visits", "the request for more equipment",
    ];

    private static readonly string[] Tails =
    [
        "after several weeks of delay", "in a closed session", "despite objections from two parties",
        "according to a later report", "before the end of the month", "with little public comment",
        "as the negotiations continued", "at the request of the prime minister",
    ];

    public static string Sentence(Prng random)
    {
        string subject = random.Pick(Subjects);
        var text = new StringBuilder(96);
        text.Append(char.ToUpperInvariant(subject[0])).Append(subject, 1, subject.Length - 1)
            .Append(' ').Append(random.Pick(Verbs))
            .Append(' ').Append(random.Pick(Objects))
            .Append(' ').Append(random.Pick(Tails)).Append('.');
        return text.ToString();
    }

    /// <summary>A paragraph of <paramref name="sentences"/> sentences, wrapped at about 100 columns like the real content.</summary>
    public static string Paragraph(Prng random, int sentences, string? insert = null)
    {
        var words = new List<string>();
        for (int i = 0; i < sentences; i++)
        {
            words.AddRange(Sentence(random).Split(' '));
            if (i == 0 && insert is not null)
            {
                words.AddRange(("See " + insert + ".").Split(' '));
            }
        }

        return Wrap(words);
    }

    public static string Title(Prng random)
    {
        string subject = random.Pick(Subjects);
        return char.ToUpperInvariant(subject[0]) + subject[1..] + " " + random.Pick(Verbs) + " " + random.Pick(Objects);
    }

    private static string Wrap(List<string> words)
    {
        var text = new StringBuilder();
        int column = 0;
        foreach (string word in words)
        {
            if (column > 0 && column + 1 + word.Length > 100)
            {
                text.Append('\n');
                column = 0;
            }
            else if (column > 0)
            {
                text.Append(' ');
                column++;
            }

            text.Append(word);
            column += word.Length;
        }

        return text.ToString();
    }
}
