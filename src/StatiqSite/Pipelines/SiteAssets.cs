using System.Text.RegularExpressions;
using StatiqSite.Content.Model;
using StatiqSite.Diagnostics;
using StatiqSite.Engine;
using StatiqSite.Loading;

namespace StatiqSite.Pipelines;

/// <summary>
/// The site's own assets in <c>input/assets/</c>: a file named like a theme asset (site.css, app.js, search.js,
/// favicon.ico) replaces it, and any other is published under <c>assets/</c> as it is. The theme's lookup order
/// is therefore the site's folder first, then the theme's (docs/theme.md, "Overriding the theme").
/// </summary>
public static partial class SiteAssets
{
    /// <summary>The theme's own assets, which the pages link to by fingerprinted name.</summary>
    public static readonly IReadOnlySet<string> ThemeNames = new HashSet<string>(StringComparer.Ordinal) { "site.css", "app.js", "search.js", "favicon.ico" };

    /// <summary>Fonts and images can be larger than a content file, but nothing a page needs is near this.</summary>
    private const long MaxBytes = 8 * 1024 * 1024;

    /// <summary>The kinds of file a page may use; HTML, data and feeds are the build's to write.</summary>
    private static readonly string[] Extensions = [".css", ".js", ".svg", ".ico", ".png", ".jpg", ".webp", ".woff2", ".txt"];

    /// <summary>Where a theme asset is read from: the site's copy when there is one, else the theme's; and how to name it in messages.</summary>
    public static (string Path, string Shown) Locate(BuildOptions options, string name)
    {
        string site = Path.Combine(options.InputPath, "assets", name);
        return File.Exists(site) && new FileInfo(site).LinkTarget is null
            ? (site, InputScanner.DisplayPath(Path.GetFullPath(site)))
            : (Path.Combine(ThemePipeline.AssetsFolder(options), name), "theme/assets/" + name);
    }

    /// <summary>The site's assets that are not theme assets, published under assets/ with their own names.</summary>
    public static IEnumerable<Output> Extra(BuildOptions options, DiagnosticBag diagnostics, string pipeline)
    {
        string folder = Path.Combine(options.InputPath, "assets");
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (string full in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(full);
            var at = new Origin(InputScanner.DisplayPath(Path.GetFullPath(full)), TextPosition.Start);
            if (name.StartsWith('.') || ThemeNames.Contains(name))
            {
                continue;
            }

            if (!SafeName().IsMatch(name) || !Extensions.Contains(Path.GetExtension(name), StringComparer.OrdinalIgnoreCase) || ContentTypes.ForPath(name) is not { } type)
            {
                diagnostics.Error(Codes.UnexpectedFile, at,
                    $"the asset '{Loading.Yaml.Fields.Show(name)}' cannot be published: names use letters, digits, '.', '-' and '_', and end in one of {string.Join(", ", Extensions)}; rename it");
                continue;
            }

            var info = new FileInfo(full);
            if (info.LinkTarget is not null || info.Length > MaxBytes)
            {
                diagnostics.Error(Codes.FileTooLarge, at, $"the asset is a symbolic link or larger than {MaxBytes / 1024 / 1024} MB, and is not published; copy the file itself in, or make it smaller");
                continue;
            }

            yield return new Output("assets/" + name, File.ReadAllBytes(full), type, at.File, pipeline);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-][A-Za-z0-9._-]*$")]
    private static partial Regex SafeName();
}
