namespace StatiqSite.Publishing;

/// <summary>
/// The security headers every response carries, in one typed list: the build writes them into
/// <c>_headers</c>, the preview server and the browser tests send them, and a test checks that
/// netlify.toml says the same. The policy allows nothing inline, so the theme keeps every script and
/// style in its fingerprinted files; JSON-LD blocks are data, not script, and need no allowance.
/// docs/security.md explains each header.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Everything from the site's own origin and nothing inline: content cannot add markup (raw HTML is
    /// refused), so even a bug that let some through could not run it. Images may also be data: URLs.
    /// </summary>
    public static IReadOnlyList<(string Directive, string Sources)> ContentSecurityPolicyDirectives { get; } =
    [
        ("default-src", "'self'"),
        ("script-src", "'self'"),
        ("style-src", "'self'"),
        ("img-src", "'self' data:"),
        ("font-src", "'self'"),
        ("connect-src", "'self'"),
        ("object-src", "'none'"),
        ("base-uri", "'self'"),
        ("form-action", "'self'"),
        ("frame-ancestors", "'none'"),
    ];

    public static string ContentSecurityPolicy { get; } =
        string.Join("; ", ContentSecurityPolicyDirectives.Select(d => $"{d.Directive} {d.Sources}"));

    /// <summary>Browser features the site never uses, switched off for it and anything it could embed.</summary>
    public static IReadOnlyList<string> DeniedFeatures { get; } =
    [
        "accelerometer", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer", "microphone", "midi", "payment", "usb",
    ];

    public static IReadOnlyList<(string Name, string Value)> All { get; } =
    [
        ("Content-Security-Policy", ContentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Permissions-Policy", string.Join(", ", DeniedFeatures.Select(f => f + "=()"))),
        ("X-Frame-Options", "DENY"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
    ];
}
