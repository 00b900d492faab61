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
        ["i18n"] = (InputKind.Language, ".yml"),
    };

    /// <summary>
    /// Folders of files the build uses as they are rather than as content: the site's own theme assets, which
    /// replace or add to the theme's (ThemePipeline), and files that site.yml names, such as the map's outlines.
    /// </summary>
    public static readonly IReadOnlySet<string> ResourceFolders = new HashSet<string>(StringComparer.Ordinal) { "assets", "map" };

    private static readonly Dictionary<string, InputKind> RootFiles = new(StringComparer.Ordinal)
    {
        ["site.yml"] = InputKind.Site,
        ["themes.yml"] = InputKind.Themes,
        ["eras.yml"] = InputKind.Eras,
        ["corrections.yml"] = InputKind.Corrections,
        ["style.yml"] = InputKind.Style,
    };

    public static IReadOnlyList<InputFile> Scan(string inputRoot, DiagnosticBag diagnostics)
    {
        string root = Path.GetFullPath(inputRoot);
        var files = new List<InputFile>();
        string workingFolder = Directory.GetCurrentDirectory();
        string under = Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar;
        foreach (var (full, isLink) in Walk(root, diagnostics).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            // Only the platform's separator: on Linux a backslash is an ordinary character of a file name.
            // The walk gives full paths under the root, so the relative path is their tail; anything else
            // (never seen) goes through Path.GetRelativePath.
            string relative = (full.StartsWith(under, StringComparison.Ordinal) ? full[under.Length..] : Path.GetRelativePath(root, full))
                .Replace(Path.DirectorySeparatorChar, '/');
            var origin = new Origin(DisplayPath(full, workingFolder), TextPosition.Start);

            // The walk enters no linked folder, so only a file that is itself a link can lead outside.
            switch (isLink ? LinkCheck(full, root) : LinkState.Inside)
            {
                case LinkState.Outside:
                    diagnostics.Error(Codes.SymlinkOutsideInput, origin,
                        "this is a symbolic link to a file outside the input folder, which is refused; copy the file in instead");
                    continue;
                case LinkState.Loop:
                    diagnostics.Error(Codes.UnreadableFile, origin,
                        "this file cannot be read: it is a symbolic link that goes round in a loop; replace it with the file itself");
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
            if (kind is not (InputKind.Themes or InputKind.Corrections or InputKind.Style) && !files.Any(f => f.Kind == kind))
            {
                diagnostics.Error(Codes.MissingField, new Origin(DisplayPath(Path.Combine(root, name)), TextPosition.Start),
                    $"the input folder has no {name}; create it (see docs/content-guide.md)");
            }
        }

        return files;
    }

    /// <summary>How a path is shown in diagnostics: relative to the working folder when inside it.</summary>
    public static string DisplayPath(string fullPath) => DisplayPath(fullPath, Directory.GetCurrentDirectory());

    private static string DisplayPath(string fullPath, string workingFolder)
    {
        // Content usually lies under the working folder: then the relative path is the full path's tail,
        // without Path.GetRelativePath normalising both for each of thousands of files.
        string relative = fullPath.Length > workingFolder.Length + 1
            && fullPath.StartsWith(workingFolder, StringComparison.Ordinal)
            && fullPath[workingFolder.Length] == Path.DirectorySeparatorChar
            && !workingFolder.EndsWith(Path.DirectorySeparatorChar)
            && !fullPath.Contains(Path.DirectorySeparatorChar + ".", StringComparison.Ordinal)
            && !fullPath.Contains(Path.DirectorySeparatorChar + Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)
                ? fullPath[(workingFolder.Length + 1)..]
                : Path.GetRelativePath(workingFolder, fullPath);
        string shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static InputFile? Classify(string relative, string full, Origin origin, DiagnosticBag diagnostics)
    {
        string[] parts = relative.Split('/');
        if (parts.Length == 1 && RootFiles.TryGetValue(parts[0], out var rootKind))
        {
            return new InputFile(rootKind, full, origin.File, Path.GetFileNameWithoutExtension(parts[0]));
        }

        if (parts.Length >= 2 && ResourceFolders.Contains(parts[0]))
        {
            return null;
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
            "this file is not in a content folder and is ignored; content lives in site.yml, themes.yml, eras.yml, corrections.yml, " +
            "and the folders events/, actors/, sources/, figures/, i18n/ (.yml), briefings/, explainers/, pages/ (.md); assets/ and map/ hold files used as they are");
        return null;
    }

    /// <summary>
    /// Every file under the input folder except hidden ones, and whether it is a symbolic link. Linked
    /// folders are never entered: one that leaves the folder is refused, and one inside it would only
    /// read the same files twice (or loop forever). The directory entries say what is a link, so a
    /// folder of thousands of plain files costs no system call per file.
    /// </summary>
    private static List<(string Path, bool IsLink)> Walk(string root, DiagnosticBag diagnostics)
    {
        var files = new List<(string Path, bool IsLink)>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            string folder = pending.Pop();
            List<Entry> entries;
            try
            {
                entries = [.. new FileSystemEnumerable<Entry>(
                    folder,
                    (ref FileSystemEntry entry) => new Entry(entry.ToFullPath(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0),
                    new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false })
                {
                    ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.'),
                }];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(Codes.UnreadableFile, new Origin(DisplayPath(folder), TextPosition.Start),
                    $"this folder cannot be read ({e.Message}); check its permissions");
                continue;
            }

            foreach (var (path, isDirectory, isLink) in entries)
            {
                if (!isDirectory)
                {
                    files.Add((path, isLink));
                }
                else if (!isLink)
                {
                    pending.Push(path);
                }
                else if (LinkCheck(path, root) == LinkState.Inside)
                {
                    diagnostics.Warning(Codes.UnexpectedFile, new Origin(DisplayPath(path), TextPosition.Start),
                        "this is a symbolic link to a folder inside the input folder; it is not followed, so that no file is read twice");
                }
                else
                {
                    diagnostics.Error(Codes.SymlinkOutsideInput, new Origin(DisplayPath(path), TextPosition.Start),
                        "this is a symbolic link to a folder outside the input folder, which is refused; copy the files in instead");
                }
            }
        }

        return files;
    }

    // A class, not a tuple: the enumerator over a reference type is precompiled in the ReadyToRun
    // image, while one over a value tuple was compiled by the JIT at start-up (5-8 ms before any file is read).
    private sealed record Entry(string Path, bool IsDirectory, bool IsLink);

    private enum LinkState
    {
        Inside,
        Outside,
        Loop,
    }

    private static LinkState LinkCheck(string full, string root)
    {
        try
        {
            string resolved = ResolveLinks(full);
            string rootResolved = ResolveLinks(root);
            string prefix = rootResolved.EndsWith(Path.DirectorySeparatorChar) ? rootResolved : rootResolved + Path.DirectorySeparatorChar;
            return resolved == rootResolved || resolved.StartsWith(prefix, StringComparison.Ordinal) ? LinkState.Inside : LinkState.Outside;
        }
        catch (IOException)
        {
            // The operating system gives up on a chain of links that goes round in a circle.
            return LinkState.Loop;
        }
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
