using System.Threading.Channels;

namespace StatiqSite.Tests.Support;

/// <summary>Listens to the preview's server-sent events like a page would, and hands them out in order.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly HttpClient http = new() { Timeout = Timeout.InfiniteTimeSpan };
    private readonly Channel<(string Name, string Data)> events = Channel.CreateUnbounded<(string, string)>();
    private readonly CancellationTokenSource stop = new();
    private Task reading = Task.CompletedTask;

    public static async Task<EventStream> OpenAsync(Uri address)
    {
        var stream = new EventStream();
        var response = await stream.http.GetAsync(new Uri(address, "/__preview/events"), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStreamAsync();
        stream.reading = stream.ReadAsync(new StreamReader(body));
        return stream;
    }

    /// <summary>The next event, skipping none; fails after a generous wait so a broken preview cannot hang the run.</summary>
    public async Task<(string Name, string Data)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await events.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>The next event with this name; others before it are returned in <paramref name="skipped"/>.</summary>
    public async Task<string> NextAsync(string name, List<string>? skipped = null)
    {
        while (true)
        {
            var (eventName, data) = await NextAsync();
            if (eventName == name)
            {
                return data;
            }

            skipped?.Add(eventName);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        http.Dispose();
        try
        {
            await reading;
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or HttpRequestException)
        {
        }

        stop.Dispose();
    }

    private async Task ReadAsync(StreamReader reader)
    {
        string name = "message";
        while (await reader.ReadLineAsync(stop.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                await events.Writer.WriteAsync((name, line["data: ".Length..]));
                name = "message";
            }
        }
    }
}
