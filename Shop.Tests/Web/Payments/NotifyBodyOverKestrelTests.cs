using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Shop.Tests.Browser;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

/// <summary>
/// notify_url on a real Kestrel port, spoken to as an attacker would over a socket: a body with no
/// declared length (chunked), which the shop must stop reading by itself. The in-process test
/// server always knows a body's length, and HttpClient gives up on a body the server stops reading.
/// </summary>
public partial class NotifyBodyOverKestrelTests(ShopServerFactory factory) : IClassFixture<ShopServerFactory>
{
    private const int AttackBytes = 20 * 1024 * 1024;

    [GeneratedRegex(@"Content-Length: (\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex ContentLength();

    [Fact]
    public async Task A_chunked_20_MB_body_is_answered_413_fail_without_being_read_whole()
    {
        var address = factory.Start();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST {AlipayOptions.NotifyPath} HTTP/1.1\r\nHost: {address.Authority}\r\n" +
            "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"));
        var response = ReadResponseAsync(stream);

        // Keep sending, as an attacker would, until the shop answers or shuts the door.
        var first = Chunk("out_trade_no=20260101000000000009&sign=x&sign_type=MD5&junk=");
        var more = Chunk(new string('a', 8192));
        var sent = 0;
        try
        {
            await stream.WriteAsync(first);
            while (!response.IsCompleted && sent < AttackBytes)
            {
                await stream.WriteAsync(more);
                sent += 8192;
            }
        }
        catch (IOException)
        {
            // The shop closed the connection rather than read the rest.
        }

        var (status, body) = await response.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.StartsWith("HTTP/1.1 413", status);
        Assert.Equal("fail", body);
        var rejected = await factory.QueryAsync(db => db.RejectedNotifications.SingleAsync(r => r.Reason == RejectionReason.TooLarge));
        Assert.Equal(AlipayController.MaxRequestBytes + 1L, rejected.ByteCount);
        Assert.Equal(0, await factory.QueryAsync(db => db.PaymentNotifications.CountAsync()));
    }

    private static byte[] Chunk(string data) => Encoding.ASCII.GetBytes($"{data.Length:X}\r\n{data}\r\n");

    /// <summary>The status line and body of the one response on the connection.</summary>
    private static async Task<(string Status, string Body)> ReadResponseAsync(NetworkStream stream)
    {
        var received = "";
        var buffer = new byte[4096];
        while (true)
        {
            var headersEnd = received.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headersEnd >= 0 && ContentLength().Match(received[..headersEnd]) is { Success: true } match)
            {
                var length = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                var bodyStart = headersEnd + 4;
                if (received.Length >= bodyStart + length)
                {
                    return (received[..received.IndexOf("\r\n", StringComparison.Ordinal)], received.Substring(bodyStart, length));
                }
            }
            var read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                throw new IOException("The connection closed before a whole response arrived: " + received);
            }
            received += Encoding.ASCII.GetString(buffer, 0, read);
        }
    }
}
