namespace StatiqSite.Preview;

/// <summary>
/// Maps a request path to a file in the output folder the way a static CDN does (clean URLs,
/// index.html, 404.html), and refuses any path that could leave the folder.
/// </summary>
public static class StaticFiles
{
    /// <summary>The file for a decoded request path, or null when the path is unsafe or nothing is there.</summary>
    /// <param name="requestPath">The path after the base path, already percent-decoded once by the server.</param>
    /// <param name="unsafePath">Set when the path tries to leave the folder or is malformed; the server answers 400.</param>
    public static string? Resolve(string root, string requestPath, out bool unsafePath)
    {
        unsafePath = !IsSafe(requestPath);
        if (unsafePath)
        {
            return null;
        }

        string fullRoot = Path.GetFullPath(root);
        string[] segments = requestPath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string candidate = Path.GetFullPath(Path.Combine([fullRoot, .. segments]));
        if (candidate != fullRoot && !candidate.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            unsafePath = true;
            return null;
        }

        // The build never writes links, so one in the output was put there by hand: never follow it.
        if (PassesThroughLink(fullRoot, segments))
        {
            return null;
        }

        if (Directory.Exists(candidate))
        {
            string index = Path.Combine(candidate, "index.html");
            return File.Exists(index) ? index : null;
        }

        if (File.Exists(candidate))
        {
            return candidate;
        }

        string html = candidate + ".html";
        return File.Exists(html) && new FileInfo(html).LinkTarget is null ? html : null;
    }

    /// <summary>
    /// Refuses what could reach outside the folder once decoded: a backslash, a NUL or other control
    /// character, a '%' left after decoding (an encoded slash, or double encoding), a dot segment, a
    /// hidden file, a drive letter or stream name (':'), and names Windows would silently trim.
    /// </summary>
    public static bool IsSafe(string requestPath)
    {
        foreach (char c in requestPath)
        {
            if (c is '\\' or '%' or ':' || char.IsControl(c))
            {
                return false;
            }
        }

        foreach (string segment in requestPath.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment.StartsWith('.') || segment.EndsWith('.') || segment.EndsWith(' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool PassesThroughLink(string root, string[] segments)
    {
        string path = root;
        foreach (string segment in segments)
        {
            path = Path.Combine(path, segment);
            if (new FileInfo(path).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }
}
