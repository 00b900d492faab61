using System.Net;
using System.Net.Sockets;
using StatiqSite.Cli;
using StatiqSite.Preview;
using StatiqSite.Publishing;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Preview;

/// <summary>
/// The preview server against path traversal, over real HTTP: a secret file sits beside the served folder,
/// a sibling folder shares its name as a prefix, and no request may return either.
/// </summary>
public sealed class PreviewSecurityTests : IAsyncLifetime
{
    private const string Secret = "TOP-SECRET-BESIDE-THE-OUTPUT";
    private const string SiblingSecret = "SECRET-IN-A-SIBLING-FOLDER";
    private const string HiddenSecret = "SECRET-IN-A-HIDDEN-FILE";

    private readonly TempFolder temp = new();
    private PreviewHost server = null!;

    private string Site => temp.Combine("site");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(temp.Combine("site", "about"));
        Directory.CreateDirectory(temp.Combine("site-evil"));
        File.WriteAllText(temp.Combine("site", "index.html"), "<!DOCTYPE html><title>home</title>");
        File.WriteAllText(temp.Combine("site", "about", "index.html"), "<!DOCTYPE html><title>about</title>");
        File.WriteAllText(temp.Combine("site", "404.html"), "<!DOCTYPE html><title>not found</title>");
        File.WriteAllText(temp.Combine("site", "notes.html"), "<!DOCTYPE html><title>notes</title>");
        File.WriteAllText(temp.Combine("site", ".env"), HiddenSecret);
        File.WriteAllText(temp.Combine("secret.txt"), Secret);
        File.WriteAllText(temp.Combine("site-evil", "x.html"), SiblingSecret);
        File.CreateSymbolicLink(temp.Combine("site", "linked.txt"), temp.Combine("secret.txt"));
        Directory.CreateSymbolicLink(temp.Combine("site", "up"), temp.Path);
        server = await PreviewHost.StartAsync(Site);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        temp.Dispose();
    }

    public static TheoryData<string> Attacks =>
    [
        "/../secret.txt", "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/%2e%2e%2fsecret.txt",
        "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/..\\secret.txt", "/..%5csecret.txt", "/%5c..%5csecret.txt",
        "/about/../../secret.txt", "/about/%2e%2e/%2e%2e/secret.txt", "/./../secret.txt", "/..;/secret.txt", "/.../secret.txt",
        "/%c0%ae%c0%ae/secret.txt", "/%e0%80%ae%e0%80%ae/secret.txt", "/%uff0e%uff0e/secret.txt", "/..%c0%afsecret.txt",
        "/secret.txt%00.html", "/%00", "/index.html%00", "/about%00/../../secret.txt", "/.env", "/%2eenv", "/linked.txt",
        "/up/secret.txt", "/up/site-evil/x.html", "/../site-evil/x.html", "/%2e%2e/site-evil/x.html", "//secret.txt",
        "/C:/secret.txt", "/c:%5csecret.txt", "/about./", "/notes.html::$DATA", "/about%20/", "/" + new string('a', 5000),
        "http://127.0.0.1/../secret.txt", "http://127.0.0.1/%2e%2e/secret.txt",
    ];

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task A_traversal_attempt_gets_400_or_404_and_never_a_file_from_outside(string target)
    {
        var (status, response) = await server.RawGetAsync(target);

        Assert.True(status is 400 or 404, $"{target} gave {status}:\n{response}");
        Assert.DoesNotContain(Secret, response, StringComparison.Ordinal);
        Assert.DoesNotContain(SiblingSecret, response, StringComparison.Ordinal);
        Assert.DoesNotContain(HiddenSecret, response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "home")]
    [InlineData("/about/", "about")]
    [InlineData("/notes", "notes")]
    [InlineData("/index.html", "home")]
    public async Task Ordinary_paths_are_served(string target, string title)
    {
        var (status, response) = await server.RawGetAsync(target);
        Assert.Equal(200, status);
        Assert.Contains($"<title>{title}</title>", response, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", 200)]
    [InlineData("/missing", 404)]
    [InlineData("/..%5csecret.txt", 400)]
    public async Task Every_response_carries_the_production_security_headers(string target, int expected)
    {
        var (status, response) = await server.RawGetAsync(target);

        Assert.Equal(expected, status);
        string head = response.Split("\r\n\r\n", 2)[0];
        foreach (var header in SecurityHeaders.All)
        {
            Assert.Contains($"\r\n{header.Name}: {header.Value}\r\n", head + "\r\n", StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_header_set_is_strict()
    {
        var headers = SecurityHeaders.All.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase);
        string csp = headers["Content-Security-Policy"];
        foreach (string directive in new[] { "default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'" })
        {
            Assert.Contains(directive, csp.Split("; "));
        }

        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("*", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", headers["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", headers["Referrer-Policy"]);
        foreach (string feature in new[] { "camera", "microphone", "geolocation" })
        {
            Assert.Contains($"{feature}=()", headers["Permissions-Policy"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Preview_listens_on_loopback_unless_told_otherwise()
    {
        Assert.Equal("127.0.0.1", Commands.Create().Parse(["preview"]).GetValue<string>("--host"));
        Assert.Equal("127.0.0.1", Commands.Create().Parse(["preview", "--host", "localhost"]).GetValue<string>("--host"));
        Assert.Equal("0.0.0.0", Commands.Create().Parse(["preview", "--host", "0.0.0.0"]).GetValue<string>("--host"));
        Assert.NotEmpty(Commands.Create().Parse(["preview", "--host", "example.org"]).Errors);

        var url = new Uri(Assert.Single(server.Urls));
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(url.Host)), url.ToString());
    }

    [Fact]
    public async Task The_server_cannot_be_reached_on_another_address_of_this_machine()
    {
        var others = Dns.GetHostAddresses(Dns.GetHostName())
            .Concat(System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(i => i.GetIPProperties().UnicastAddresses.Select(a => a.Address)))
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            .Distinct()
            .ToList();
        if (others.Count == 0)
        {
            // Nothing to try on a machine with loopback only; the bound address is checked above.
            return;
        }

        foreach (var address in others)
        {
            using var client = new TcpClient();
            var refused = await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(address, server.Address.Port));
            Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        }
    }

    [Fact]
    public void The_resolver_refuses_unsafe_paths_itself()
    {
        foreach (string path in new[] { "../secret.txt", "a/../../secret.txt", "..\\secret.txt", "%2e%2e/x", "a\0b", "C:/x", ".env", "a./", "a /" })
        {
            Assert.Null(StaticFiles.Resolve(Site, path, out bool unsafePath));
            Assert.True(unsafePath, path);
        }

        Assert.Equal(Path.Combine(Site, "about", "index.html"), StaticFiles.Resolve(Site, "about/", out bool safe));
        Assert.False(safe);
    }
}
