namespace StatiqSite.Publishing;

/// <summary>
/// The security headers every response carries, in one typed list: the build writes them into
/// <c>_headers</c>, the preview server and the browser tests send them, and a test checks that
/// netlify.toml says the same. The policy allows nothing inline, so the theme keeps every script and
/// style in its fingerprinted files; JSON-LD blocks are data, not script, and need no allowance.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IReadOnlyList<(string Name, string Value)> All { get; } =
    [
        ("Content-Security-Policy", ContentSecurityPolicy),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        ("Permissions-Policy", "camera=(), geolocation=(), microphone=(), payment=(), usb=()"),
        ("X-Frame-Options", "DENY"),
    ];
}
