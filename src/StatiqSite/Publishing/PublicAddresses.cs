using System.Net;
using System.Net.Sockets;

namespace StatiqSite.Publishing;

/// <summary>
/// Keeps <c>--check-external</c> to the public internet. Links come from content that strangers write, and
/// CI fetches them from inside a network: a link to <c>http://169.254.169.254/</c> (a cloud's metadata
/// service), a router or a local admin page must not be fetched on their behalf. The check is made when
/// a connection is opened, on the addresses the name resolved to, and the connection goes to the address
/// that was checked, so a name that resolves differently the second time (DNS rebinding) and a redirect
/// to a private address are refused like a private address written in the link.
/// </summary>
public static class PublicAddresses
{
    /// <summary>An HTTP handler that connects only to addresses <paramref name="allowed"/> accepts.</summary>
    public static SocketsHttpHandler Handler(Func<IPAddress, bool> allowed) => new()
    {
        ConnectCallback = async (context, token) =>
        {
            string host = context.DnsEndPoint.Host;
            var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, token);
            var address = addresses.FirstOrDefault(allowed) ?? throw new RefusedAddressException(
                $"{host} is a loopback, private or link-local address; pass --allow-private-addresses to check such links");
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), token);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>Whether an address is on the public internet: not loopback, private, link-local, shared, multicast or unspecified.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 || b[0] >= 224
                || (b[0] == 100 && b[1] is >= 64 and < 128)
                || (b[0] == 169 && b[1] == 254)
                || (b[0] == 172 && b[1] is >= 16 and < 32)
                || (b[0] == 192 && b[1] == 168)
                || (b[0] == 192 && b[1] == 0 && b[2] == 0)
                || (b[0] == 198 && b[1] is 18 or 19));
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        var v6 = address.GetAddressBytes();
        bool uniqueLocal = (v6[0] & 0xFE) == 0xFC;
        bool siteLocal = v6[0] == 0xFE && (v6[1] & 0xC0) == 0xC0;
        bool nat64 = v6[0] == 0x00 && v6[1] == 0x64 && v6[2] == 0xFF && v6[3] == 0x9B;
        return !(IPAddress.IsLoopback(address) || address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6Multicast
            || uniqueLocal || siteLocal || nat64 || address.IsIPv4MappedToIPv6);
    }
}

/// <summary>A connection refused because its address is not public; its message says why.</summary>
public sealed class RefusedAddressException(string message) : IOException(message);
