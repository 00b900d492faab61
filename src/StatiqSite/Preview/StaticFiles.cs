namespace StatiqSite.Preview;

/// <summary>
/// Maps a request path to a file in the output folder the way a static CDN does (clean URLs,
/// index.html, 404.html), and refuses any path that could leave the folder.
/// </summary>
public static class StaticFiles
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
    };

    public static string ContentType(string path) =>
        Types.TryGetValue(Path.GetExtension(path), out var type) ? type : "application/octet-stream";

    /// <summary>The file for a decoded request path, or null when the path is unsafe or nothing is there.</summary>
    /// <param name="requestPath">The path after the base path, already percent-decoded once by the server.</param>
    public static string? Resolve(string root, string requestPath, out bool unsafePath)
    {
        unsafePath = false;
        string path = requestPath;
        if (path.Contains('\\', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal) || path.Contains('%', StringComparison.Ordinal))
        {
            unsafePath = true;
            return null;
        }

        string[] segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".." || s.StartsWith('.') || s.Contains(':', StringComparison.Ordinal)))
        {
            unsafePath = true;
            return null;
        }

        string fullRoot = Path.GetFullPath(root);
        string candidate = Path.GetFullPath(Path.Combine([fullRoot, .. segments]));
        if (candidate != fullRoot && !candidate.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            unsafePath = true;
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
        return File.Exists(html) ? html : null;
    }
}
