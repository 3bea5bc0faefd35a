using System.Net;
using System.Net.Sockets;

namespace Shop.Web.Security;

/// <summary>
/// The address a request comes from, after the forwarded headers of trusted proxies are applied
/// (README: Headers, cookies and proxies): what rate limits count by and what an order records.
/// </summary>
public static class ClientAddress
{
    /// <summary>The client's address as text (an IPv4 address mapped into IPv6 as IPv4); "unknown" when the server has none.</summary>
    public static string Of(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address ? Normalize(address).ToString() : "unknown";

    /// <summary>
    /// What one client is for the rate limits: its IPv4 address, or its IPv6 /64 network, since
    /// one subscriber is handed a whole /64 and could otherwise take a new address per request.
    /// </summary>
    public static string PartitionOf(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is not { } address)
        {
            return "unknown";
        }
        address = Normalize(address);
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static IPAddress Normalize(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
