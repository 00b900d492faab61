using System.Diagnostics;
using System.Net;
using StatiqSite.Tests.Support;
using Xunit.Abstractions;

namespace StatiqSite.Tests.Preview;

/// <summary>
/// The preview server under a bounded local load: 10,000 requests from 50 concurrent clients over loopback,
/// all answered correctly, the server still up, and memory back where it was once garbage is collected.
/// This measures no time; speed belongs to the benchmark. It runs alone, so that other tests' allocations
/// do not count as the server's.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class PreviewLoadTests(ITestOutputHelper output)
{
    private const int Clients = 50;
    private const int Requests = 10_000;

    private static readonly (string Path, HttpStatusCode Status)[] Mix =
    [
        ("/", HttpStatusCode.OK),
        ("/about/", HttpStatusCode.OK),
        ("/about", HttpStatusCode.Redirect),
        ("/no-such-page/", HttpStatusCode.NotFound),
        ("/..%5csecret", HttpStatusCode.BadRequest),
    ];

    [Fact]
    public async Task Ten_thousand_requests_from_fifty_clients_all_succeed_without_memory_growth()
    {
        using var site = new FixtureSite();
        Assert.True((await site.BuildAsync()).Succeeded);
        string css = "/assets/" + Path.GetFileName(Directory.GetFiles(Path.Combine(site.Output, "assets"), "*.css").Single());
        (string Path, HttpStatusCode Status)[] mix = [.. Mix, (css, HttpStatusCode.OK)];

        await using var server = await PreviewHost.StartAsync(site.Output);
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Clients, AllowAutoRedirect = false, UseCookies = false };
        using var client = new HttpClient(handler) { BaseAddress = server.Address };

        // Warm up first, so that what is measured is growth under load, not the first-use costs.
        Assert.Empty(await Load(client, mix, 1_000));
        long managedBefore = ManagedAfterCollection();
        long workingSetBefore = WorkingSet();

        var failures = await Load(client, mix, Requests);

        long managedAfter = ManagedAfterCollection();
        long workingSetAfter = WorkingSet();
        output.WriteLine($"managed heap {managedBefore / 1024} KiB -> {managedAfter / 1024} KiB; working set {workingSetBefore / 1024 / 1024} MiB -> {workingSetAfter / 1024 / 1024} MiB");

        Assert.True(failures.Count == 0, $"{failures.Count} of {Requests} requests failed, e.g.:\n" + string.Join('\n', failures.Take(5)));
        using var after = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);

        // Generous bounds: allocator and thread-pool noise stays far below them, while a leak of a kilobyte
        // per request (10 MiB over the run) would not.
        Assert.True(managedAfter - managedBefore < 8 * 1024 * 1024, $"the managed heap grew by {(managedAfter - managedBefore) / 1024} KiB");
        Assert.True(workingSetAfter - workingSetBefore < 128L * 1024 * 1024, $"the working set grew by {(workingSetAfter - workingSetBefore) / 1024 / 1024} MiB");
    }

    private static async Task<List<string>> Load(HttpClient client, (string Path, HttpStatusCode Status)[] mix, int requests)
    {
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        int next = -1;
        var workers = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var (path, status) = mix[i % mix.Length];
                try
                {
                    using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
                    byte[] body = await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != status || (status == HttpStatusCode.OK && body.Length == 0))
                    {
                        failures.Add($"{path}: {(int)response.StatusCode}, {body.Length} bytes");
                    }
                }
                catch (HttpRequestException e)
                {
                    failures.Add($"{path}: {e.Message}");
                }
            }
        }));
        await Task.WhenAll(workers);
        return [.. failures];
    }

    private static long ManagedAfterCollection()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }
}

/// <summary>Tests that measure the whole process and so must not share it with other tests.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
