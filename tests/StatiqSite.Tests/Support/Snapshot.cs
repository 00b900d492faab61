using System.Security.Cryptography;

namespace StatiqSite.Tests.Support;

/// <summary>Every file under a folder with its SHA-256, keyed by '/'-separated relative path.</summary>
public static class Snapshot
{
    public static SortedDictionary<string, string> Of(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            result[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return result;
    }

    /// <summary>The first difference between two snapshots, for a readable failure; null when equal.</summary>
    public static string? Difference(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual)
    {
        foreach (var (path, hash) in expected)
        {
            if (!actual.TryGetValue(path, out var other))
            {
                return $"{path} is missing";
            }

            if (other != hash)
            {
                return $"{path} differs";
            }
        }

        return actual.Keys.FirstOrDefault(k => !expected.ContainsKey(k)) is { } extra ? $"{extra} is new" : null;
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (string dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
