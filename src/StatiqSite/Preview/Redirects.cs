using System.Globalization;

namespace StatiqSite.Preview;

/// <summary>One rule of a <c>_redirects</c> file: <c>/from /to [status]</c>.</summary>
public sealed record RedirectRule(string From, string To, int Status, bool Force)
{
    private bool Splat => From.EndsWith('*');

    /// <summary>The target for a request path, or null when the rule does not apply to it.</summary>
    public string? Match(string path)
    {
        if (Splat)
        {
            string prefix = From[..^1];
            return path.StartsWith(prefix, StringComparison.Ordinal)
                ? To.Replace(":splat", path[prefix.Length..], StringComparison.Ordinal)
                : null;
        }

        return string.Equals(path, From, StringComparison.Ordinal) || string.Equals(path, From.TrimEnd('/') + "/", StringComparison.Ordinal)
            ? To
            : null;
    }
}

/// <summary>
/// The <c>_redirects</c> file that Netlify and Cloudflare Pages read, as the preview honours it: one rule
/// per line, the first that matches wins, a trailing <c>*</c> captures the rest of the path as
/// <c>:splat</c>, the status defaults to 301, 200 serves the target's content without redirecting, and
/// (as on Netlify) a rule applies only where no file exists unless its status ends in <c>!</c>.
/// </summary>
public sealed class Redirects(IReadOnlyList<RedirectRule> rules)
{
    public static readonly Redirects None = new([]);

    public IReadOnlyList<RedirectRule> Rules { get; } = rules;

    public static Redirects Parse(string text)
    {
        var rules = new List<RedirectRule>();
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || !parts[0].StartsWith('/'))
            {
                continue;
            }

            int status = 301;
            bool force = false;
            if (parts.Length >= 3)
            {
                string code = parts[2];
                force = code.EndsWith('!');
                if (!int.TryParse(code.TrimEnd('!'), NumberStyles.None, CultureInfo.InvariantCulture, out status))
                {
                    continue;
                }
            }

            rules.Add(new RedirectRule(parts[0], parts[1], status, force));
        }

        return new Redirects(rules);
    }

    /// <summary>Reads <c>_redirects</c> from the output folder, or no rules when there is none.</summary>
    public static Redirects Load(string outputPath)
    {
        string file = Path.Combine(outputPath, "_redirects");
        return File.Exists(file) ? Parse(File.ReadAllText(file)) : None;
    }

    /// <summary>The first rule that applies to the path, and its target.</summary>
    public (RedirectRule Rule, string Target)? Find(string path, bool fileExists)
    {
        foreach (var rule in Rules)
        {
            if ((!fileExists || rule.Force) && rule.Match(path) is { } target)
            {
                return (rule, target);
            }
        }

        return null;
    }
}
