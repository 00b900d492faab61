using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using StatiqSite.Engine;

namespace StatiqSite.Preview;

/// <summary>
/// The preview's server-sent event stream at <see cref="EventsPath"/>. Each open page listens to it and
/// reloads, swaps its stylesheet, or shows the build's problems. A page that connects is first told the
/// current build number, so that a page loaded before a rebuild it missed reloads at once.
/// </summary>
public sealed class LiveReload
{
    public const string Prefix = "/__preview/";
    public const string EventsPath = Prefix + "events";
    public const string ScriptPath = Prefix + "live.js";
    public const string StylesheetPath = Prefix + "live.css";

    private readonly Lock gate = new();
    private readonly List<Channel<string>> clients = [];
    private string state = Message("ok", "{}");

    public static string Script { get; } = Load("live.js");

    public static string Stylesheet { get; } = Load("live.css");

    /// <summary>How many pages are listening, for tests and the log.</summary>
    public int Clients
    {
        get
        {
            lock (gate)
            {
                return clients.Count;
            }
        }
    }

    public int Build { get; private set; }

    /// <summary>Tells every page to reload after build <paramref name="build"/>.</summary>
    public void Reload(int build)
    {
        Build = build;
        Broadcast(Message("reload", $"{{\"build\":{build}}}"), state: Message("ok", "{}"));
    }

    /// <summary>Tells every page to swap the stylesheet at <paramref name="from"/> for <paramref name="to"/> without reloading.</summary>
    public void SwapStylesheet(int build, string from, string to)
    {
        Build = build;
        Broadcast(Message("css", $"{{\"build\":{build},\"from\":{Json.String(from)},\"to\":{Json.String(to)}}}"), state: Message("ok", "{}"));
    }

    /// <summary>Shows the problems of a failed build on every page, over the last good build.</summary>
    public void Problems(string json) => Broadcast(Message("problems", json), state: Message("problems", json));

    /// <summary>Serves the event stream until the page goes away or the server stops.</summary>
    public async Task ServeAsync(HttpContext context, CancellationToken stopping)
    {
        context.Response.ContentType = ContentTypes.EventStream;
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (gate)
        {
            channel.Writer.TryWrite(Message("hello", $"{{\"build\":{Build}}}"));
            channel.Writer.TryWrite(state);
            clients.Add(channel);
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await context.Response.Body.FlushAsync(done.Token);
            await foreach (string message in channel.Reader.ReadAllAsync(done.Token))
            {
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(message), done.Token);
                await context.Response.Body.FlushAsync(done.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException)
        {
        }
        finally
        {
            lock (gate)
            {
                clients.Remove(channel);
            }
        }
    }

    private void Broadcast(string message, string state)
    {
        lock (gate)
        {
            this.state = state;
            foreach (var client in clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    private static string Message(string name, string data) => $"event: {name}\ndata: {data}\n\n";

    private static string Load(string name)
    {
        using var stream = typeof(LiveReload).Assembly.GetManifestResourceStream("StatiqSite.Preview." + name)
            ?? throw new InvalidOperationException($"the preview's {name} is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
