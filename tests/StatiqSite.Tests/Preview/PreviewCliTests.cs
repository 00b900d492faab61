using System.Net;
using System.Net.Sockets;
using StatiqSite.Tests.Robustness;
using StatiqSite.Tests.Support;

namespace StatiqSite.Tests.Preview;

/// <summary>The preview command's mistakes are the user's to fix, so they get an error line, not "internal error".</summary>
public class PreviewCliTests
{
    [Fact]
    public void A_port_that_is_taken_is_a_clear_error()
    {
        using var site = new FixtureSite();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        int port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = CliRunner.Run(site.Root(), "preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("choose another port with --port", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "70000", "--port must be from 0 to 65535")]
    [InlineData("--host", "example.org", "--host must be an IP address")]
    public void A_bad_option_is_refused_before_anything_starts(string option, string value, string message)
    {
        using var site = new FixtureSite();
        var result = CliRunner.Run(site.Root(), "preview", option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
