using System.IO.Enumeration;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;

namespace StatiqSite.Loading;

/// <summary>
/// Finds the content files under the input folder, in ordinal order so that the result does not
/// depend on the file system's enumeration order, and refuses symbolic links that leave the folder.
/// </summary>
public static class InputScanner
{
    private static readonly Dictionary<string, (InputKind Kind, string Extension)> Folders = new(StringComparer.Ordinal)
    {
        ["sources"] = (InputKind.Source, ".yml"),
        ["actors"] = (InputKind.Actor, ".yml"),
        ["events"] = (InputKind.Event, ".yml"),
        ["figures"] = (InputKind.Figure, ".yml"),
        ["briefings"] = (InputKind.Briefing, ".md"),
        ["explainers"] = (InputKind.Explainer, ".md"),
        ["pages"] = (InputKind.Page, ".md"),
    };

    private static readonly Dictionary<string, InputKind> RootFiles = new(StringComparer.Ordinal)
    {
        ["site.yml"] = InputKind.Site,
        ["themes.yml"] = InputKind.Themes,
        ["eras.yml"] = InputKind.Eras,
    };

    public static IReadOnlyList<InputFile> Scan(string inputRoot, DiagnosticBag diagnostics)
    {
        string root = Path.GetFullPath(inputRoot);
        var files = new List<InputFile>();
        var folders = new Dictionary<string, bool>(StringComparer.Ordinal);
        string rootResolved = ResolveLinks(root);
        string cwd = Directory.GetCurrentDirectory();
        var entries = Enumerate(root).ToArray();
        Array.Sort(entries, (a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        foreach (var (full, isLink) in entries)
        {
            string relative = Path.GetRelativePath(root, full).Replace('\\', '/');
            if (relative.StartsWith('.') || relative.Contains("/.", StringComparison.Ordinal))
            {
                continue;
            }

            var origin = new Origin(DisplayPath(full, cwd), TextPosition.Start);
            if (!InsideRoot(full, isLink, rootResolved, folders))
            {
                diagnostics.Error(Codes.SymlinkOutsideInput, origin,
                    "this is a symbolic link to a file outside the input folder, which is refused; copy the file in instead");
                continue;
            }

            var file = Classify(relative, full, origin, diagnostics);
            if (file is not null)
            {
                files.Add(file);
            }
        }

        foreach (var (name, kind) in RootFiles)
        {
            if (kind != InputKind.Themes && !files.Any(f => f.Kind == kind))
            {
                diagnostics.Error(Codes.MissingField, new Origin(DisplayPath(Path.Combine(root, name)), TextPosition.Start),
                    $"the input folder has no {name}; create it (see docs/content-guide.md)");
            }
        }

        return files;
    }

    /// <summary>How a path is shown in diagnostics: relative to the working folder when inside it.</summary>
    public static string DisplayPath(string fullPath) => DisplayPath(fullPath, Directory.GetCurrentDirectory());

    private static string DisplayPath(string fullPath, string cwd)
    {
        string relative = Path.GetRelativePath(cwd, fullPath);
        string shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }

    private static InputFile? Classify(string relative, string full, Origin origin, DiagnosticBag diagnostics)
    {
        string[] parts = relative.Split('/');
        if (parts.Length == 1 && RootFiles.TryGetValue(parts[0], out var rootKind))
        {
            return new InputFile(rootKind, full, origin.File, Path.GetFileNameWithoutExtension(parts[0]));
        }

        if (parts.Length == 2 && Folders.TryGetValue(parts[0], out var folder))
        {
            string extension = Path.GetExtension(parts[1]);
            if (string.Equals(extension, folder.Extension, StringComparison.Ordinal))
            {
                return new InputFile(folder.Kind, full, origin.File, Path.GetFileNameWithoutExtension(parts[1]));
            }

            diagnostics.Warning(Codes.UnexpectedFile, origin,
                $"files in {parts[0]}/ should end in {folder.Extension}; this one is ignored");
            return null;
        }

        diagnostics.Warning(Codes.UnexpectedFile, origin,
            "this file is not in a content folder and is ignored; content lives in site.yml, themes.yml, eras.yml, " +
            "and the folders events/, actors/, sources/, figures/ (.yml), briefings/, explainers/, pages/ (.md)");
        return null;
    }

    /// <summary>
    /// Every file under the root with whether the entry itself is a symbolic link, which the directory
    /// listing tells without another system call per file.
    /// </summary>
    private static IEnumerable<(string FullPath, bool IsLink)> Enumerate(string root) =>
        new FileSystemEnumerable<(string, bool)>(
            root,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };

    /// <summary>
    /// Whether a file resolves to a place inside the root once every link on its path is followed. Only
    /// links need resolving: a plain file is inside exactly when its folder is, and folders are few, so
    /// their answers are kept.
    /// </summary>
    private static bool InsideRoot(string full, bool isLink, string rootResolved, Dictionary<string, bool> folders)
    {
        if (isLink)
        {
            return IsUnder(ResolveLinks(full), rootResolved);
        }

        string folder = Path.GetDirectoryName(full)!;
        if (!folders.TryGetValue(folder, out bool inside))
        {
            inside = IsUnder(ResolveLinks(folder) + Path.DirectorySeparatorChar, rootResolved);
            folders[folder] = inside;
        }

        return inside;
    }

    private static bool IsUnder(string resolved, string rootResolved)
    {
        string prefix = rootResolved.EndsWith(Path.DirectorySeparatorChar) ? rootResolved : rootResolved + Path.DirectorySeparatorChar;
        return resolved.StartsWith(prefix, StringComparison.Ordinal);
    }

    // Resolves every link on the way, so that a linked folder inside input/ is caught as well as a linked file.
    private static string ResolveLinks(string path)
    {
        string full = Path.GetFullPath(path);
        string? parent = Path.GetDirectoryName(full);
        string resolvedParent = parent is null ? string.Empty : ResolveLinks(parent);
        string candidate = parent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        var info = new FileInfo(candidate);
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? candidate : ResolveLinks(target.FullName);
        }

        var dir = new DirectoryInfo(candidate);
        if (dir.Exists && dir.LinkTarget is not null)
        {
            var target = dir.ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? candidate : ResolveLinks(target.FullName);
        }

        return candidate;
    }
}
