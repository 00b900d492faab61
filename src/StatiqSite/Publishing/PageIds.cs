namespace StatiqSite.Publishing;

/// <summary>
/// The ids on one page (and its <c>&lt;a name&gt;</c> anchors) that a link's #fragment may name. A page has a
/// handful and few links have a fragment, so they are kept as one sorted array and searched, rather than
/// as a hash set per page.
/// </summary>
public sealed class PageIds
{
    private readonly string[] sorted;

    public PageIds(IEnumerable<string> ids)
    {
        var all = ids.ToArray();
        Array.Sort(all, StringComparer.Ordinal);
        int n = 0;
        List<string>? duplicates = null;
        for (int i = 0; i < all.Length; i++)
        {
            if (n == 0 || !string.Equals(all[n - 1], all[i], StringComparison.Ordinal))
            {
                all[n++] = all[i];
            }
            else if (duplicates is null || !string.Equals(duplicates[^1], all[i], StringComparison.Ordinal))
            {
                (duplicates ??= []).Add(all[i]);
            }
        }

        Duplicates = duplicates ?? (IReadOnlyList<string>)[];

        sorted = n == all.Length ? all : all[..n];
    }

    public int Count => sorted.Length;

    /// <summary>Ids given to more than one element, in ordinal order: a #fragment naming one is ambiguous.</summary>
    public IReadOnlyList<string> Duplicates { get; }

    public bool Contains(ReadOnlySpan<char> id)
    {
        int low = 0;
        int high = sorted.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int order = id.SequenceCompareTo(sorted[middle]);
            if (order == 0)
            {
                return true;
            }

            if (order < 0)
            {
                high = middle - 1;
            }
            else
            {
                low = middle + 1;
            }
        }

        return false;
    }

    /// <summary>The ids in ordinal order.</summary>
    public IReadOnlyList<string> All => sorted;
}
