namespace StatiqSite.Review;

/// <summary>The content files that differ between the base's input folder and the working tree's, by their bytes.</summary>
public static class SourceFiles
{
    public static IReadOnlyList<SourceChange> Compare(string baseInput, string headInput, string relativeInput)
    {
        var was = Files(baseInput);
        var now = Files(headInput);
        string prefix = relativeInput == "." ? string.Empty : relativeInput.Replace('\\', '/') + "/";
        var result = new List<SourceChange>();
        foreach (string path in was.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            bool inWas = was.TryGetValue(path, out var a), inNow = now.TryGetValue(path, out var b);
            if (!inWas || !inNow || !File.ReadAllBytes(a!).AsSpan().SequenceEqual(File.ReadAllBytes(b!)))
            {
                result.Add(new SourceChange(!inWas ? 'A' : !inNow ? 'D' : 'M', prefix + path));
            }
        }

        return result;
    }

    private static Dictionary<string, string> Files(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint })
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => f, StringComparer.Ordinal);
}
