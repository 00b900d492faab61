namespace StatiqSite.Publishing;

/// <summary>One HTTP response header the site is served with.</summary>
public sealed record SecurityHeader(string Name, string Value);

/// <summary>
/// The security headers of the site, in one place: the preview server sends them, and the host's
/// configuration (netlify.toml, _headers) is generated from them, so that preview behaves like production.
/// docs/security.md explains each one.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Everything from the site's own origin and nothing inline: the theme has one stylesheet and one
    /// script file, and content cannot add markup, so nothing else is needed.
    /// </summary>
    public static IReadOnlyList<(string Directive, string Sources)> ContentSecurityPolicyDirectives { get; } =
    [
        ("default-src", "'self'"),
        ("script-src", "'self'"),
        ("style-src", "'self'"),
        ("img-src", "'self'"),
        ("font-src", "'self'"),
        ("connect-src", "'self'"),
        ("object-src", "'none'"),
        ("base-uri", "'self'"),
        ("frame-ancestors", "'none'"),
        ("form-action", "'self'"),
    ];

    /// <summary>Browser features the site never uses, switched off for it and anything it could embed.</summary>
    public static IReadOnlyList<string> DeniedFeatures { get; } =
    [
        "accelerometer", "camera", "display-capture", "geolocation", "gyroscope", "magnetometer", "microphone", "midi", "payment", "usb",
    ];

    public static IReadOnlyList<SecurityHeader> All { get; } =
    [
        new("Content-Security-Policy", string.Join("; ", ContentSecurityPolicyDirectives.Select(d => $"{d.Directive} {d.Sources}"))),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("Permissions-Policy", string.Join(", ", DeniedFeatures.Select(f => f + "=()"))),
        new("X-Frame-Options", "DENY"),
        new("Cross-Origin-Opener-Policy", "same-origin"),
    ];
}
