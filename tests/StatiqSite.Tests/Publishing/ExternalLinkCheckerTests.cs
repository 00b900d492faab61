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

/// <summary>--check-external's fetcher, against a local Kestrel server (tests never reach the network).</summary>
public class ExternalLinkCheckerTests
{
    [Fact]
    public async Task Fetches_each_link_falls_back_to_get_times_out_and_caches_good_answers()
    {
        var hits = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var web = WebApplication.CreateSlimBuilder();
        web.Logging.ClearProviders();
        web.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var app = web.Build();
        using var stop = new CancellationTokenSource();
        app.Run(async context =>
        {
            string path = context.Request.Path.Value!;
            hits.AddOrUpdate(path + " " + context.Request.Method, 1, (_, n) => n + 1);
            context.Response.StatusCode = path switch
            {
                "/ok" => 200,
                "/moved" => 301,
                "/missing" => 404,
                "/no-head" when HttpMethods.IsHead(context.Request.Method) => 405,
                "/no-head" => 200,
                _ => 200,
            };
            if (path == "/moved")
            {
                context.Response.Headers.Location = "/final";
            }

            if (path == "/slow")
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        });
        await app.StartAsync();
        var root = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        using var folder = new TempFolder();
        string cache = folder.Combine("cache", "links.json");
        using var http = new HttpClient();
        string Url(string path) => new Uri(root, path).AbsoluteUri;
        var checker = new ExternalLinkChecker(http, cache, TimeProvider.System) { Timeout = TimeSpan.FromSeconds(3), Concurrency = 2 };

        var results = await checker.CheckAsync([Url("/ok"), Url("/moved"), Url("/missing"), Url("/no-head"), Url("/slow"), Url("/ok")], CancellationToken.None);

        Assert.True(results[Url("/ok")].Ok);
        Assert.True(results[Url("/moved")].Ok);
        Assert.Equal(404, results[Url("/missing")].Status);
        Assert.False(results[Url("/missing")].Ok);
        Assert.Equal(200, results[Url("/no-head")].Status);
        Assert.Null(results[Url("/slow")].Status);
        Assert.Contains("no answer within", results[Url("/slow")].Error, StringComparison.Ordinal);
        Assert.Equal(1, hits["/ok HEAD"]);
        Assert.True(File.Exists(cache));

        // A second run answers good links from the cache and asks again only about the failures.
        var second = await checker.CheckAsync([Url("/ok"), Url("/missing")], CancellationToken.None);
        Assert.True(second[Url("/ok")].Ok);
        Assert.Equal(404, second[Url("/missing")].Status);
        Assert.Equal(1, hits["/ok HEAD"]);
        Assert.Equal(2, hits["/missing HEAD"]);

        await stop.CancelAsync();
        await app.StopAsync();
    }
}
