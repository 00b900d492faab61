using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using StatiqSite.Preview;

namespace StatiqSite.Tests.Preview;

/// <summary>The preview server on a free loopback port, serving a folder, for real HTTP requests.</summary>
public sealed class PreviewHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private PreviewHost(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    public Uri Address { get; }

    public IReadOnlyCollection<string> Urls => [.. app.Urls];

    public static async Task<PreviewHost> StartAsync(string folder, string basePath = "/", string host = Cli.Commands.DefaultHost)
    {
        var app = PreviewServer.CreateApp(folder, basePath, host, 0);
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        return new PreviewHost(app, address);
    }

    /// <summary>
    /// Sends a request line exactly as written, since HttpClient (like a browser) would tidy dot segments
    /// and encodings away before they reach the server; returns the status code and the whole response.
    /// </summary>
    public async Task<(int Status, string Response)> RawGetAsync(string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(Address.Host, Address.Port);
        using var stream = client.GetStream();
        byte[] request = Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: {Address.Authority}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(request);
        using var reader = new StreamReader(stream, Encoding.Latin1);
        string response = await reader.ReadToEndAsync();
        string[] statusLine = response.Split("\r\n", 2)[0].Split(' ');
        return (statusLine.Length > 1 && int.TryParse(statusLine[1], System.Globalization.CultureInfo.InvariantCulture, out int status) ? status : 0, response);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
