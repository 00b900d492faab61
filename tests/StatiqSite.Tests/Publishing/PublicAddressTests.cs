using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StatiqSite.Publishing;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Publishing;

/// <summary>--check-external fetches only public addresses: links come from content, and CI runs inside a network.</summary>
public class PublicAddressTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("10.0.0.1")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("fec0::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    public void Loopback_private_link_local_and_other_local_addresses_are_not_public(string address) =>
        Assert.False(PublicAddresses.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]
    public void Ordinary_internet_addresses_are_public(string address) =>
        Assert.True(PublicAddresses.IsPublic(IPAddress.Parse(address)));

    [Fact]
    public async Task Loopback_links_are_refused_unless_allowed_and_redirects_are_checked_too()
    {
        var hits = new ConcurrentQueue<string>();
        await using var first = await Server("127.0.0.1", hits);
        await using var second = await Server("127.0.0.2", hits);
        var (firstState, firstRoot) = first.Value;
        var (_, secondRoot) = second.Value;
        firstState.Redirect = new Uri(secondRoot, "/secret").AbsoluteUri;
        using var folder = new TempFolder();

        // The build's own policy: nothing local at all.
        var strict = await Check(PublicAddresses.IsPublic, folder.Combine("a.json"), new Uri(firstRoot, "/page").AbsoluteUri, "http://localhost:9/");
        Assert.All(strict.Values, r => Assert.Contains("--allow-private-addresses", r.Error, StringComparison.Ordinal));
        Assert.Empty(hits);

        // Allowing the first server only: its redirect to the second is refused when the connection opens.
        var redirected = await Check(a => a.Equals(IPAddress.Loopback), folder.Combine("b.json"), new Uri(firstRoot, "/page").AbsoluteUri);
        Assert.Contains("127.0.0.2", Assert.Single(redirected.Values).Error, StringComparison.Ordinal);
        Assert.Equal(["127.0.0.1 /page"], hits.Distinct());

        // --allow-private-addresses: both are fetched.
        var allowed = await Check(_ => true, folder.Combine("c.json"), new Uri(firstRoot, "/page").AbsoluteUri);
        Assert.True(Assert.Single(allowed.Values).Ok);
        Assert.Contains("127.0.0.2 /secret", hits);
    }

    private static async Task<IReadOnlyDictionary<string, ExternalResult>> Check(Func<IPAddress, bool> allowed, string cache, params string[] urls)
    {
        using var http = new HttpClient(PublicAddresses.Handler(allowed));
        var checker = new ExternalLinkChecker(http, cache, TimeProvider.System) { Timeout = TimeSpan.FromSeconds(5) };
        return await checker.CheckAsync(urls, CancellationToken.None);
    }

    private static async Task<Owned> Server(string address, ConcurrentQueue<string> hits)
    {
        var web = WebApplication.CreateSlimBuilder();
        web.Logging.ClearProviders();
        web.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(address), 0));
        var app = web.Build();
        var state = new ServerState();
        app.Run(context =>
        {
            hits.Enqueue($"{address} {context.Request.Path}");
            if (state.Redirect is { } target && context.Request.Path == "/page")
            {
                context.Response.StatusCode = 302;
                context.Response.Headers.Location = target;
            }

            return Task.CompletedTask;
        });
        await app.StartAsync();
        var root = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return new Owned(app, (state, root));
    }

    private sealed class ServerState
    {
        public string? Redirect { get; set; }
    }

    private sealed class Owned(WebApplication app, (ServerState State, Uri Root) value) : IAsyncDisposable
    {
        public (ServerState State, Uri Root) Value { get; } = value;

        public ValueTask DisposeAsync() => app.DisposeAsync();
    }
}
