using StatiqSite.Content.Model;

namespace StatiqSite.Publishing;

/// <summary>
/// "Edit this page": the page's source file in the repository named by <c>repository:</c> in site.yml.
/// Links use the HEAD ref, which GitHub and GitLab resolve to the default branch, so no branch name has
/// to be configured or guessed. No repository, or a file outside it, gives no link.
/// </summary>
public static class EditLinks
{
    public static string? For(SiteSettings settings, ContentHistory history, string? sourceFile)
    {
        if (settings.Repository is not { } repository || sourceFile is null || history.RepositoryPath(sourceFile) is not { } path)
        {
            return null;
        }

        string root = repository.AbsoluteUri.TrimEnd('/');
        if (root.EndsWith(".git", StringComparison.Ordinal))
        {
            root = root[..^4];
        }

        string encoded = string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
        return string.Equals(repository.Host, "gitlab.com", StringComparison.OrdinalIgnoreCase)
            ? $"{root}/-/blob/HEAD/{encoded}"
            : $"{root}/blob/HEAD/{encoded}";
    }
}
