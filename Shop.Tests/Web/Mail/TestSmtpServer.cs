using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using Shop.Tests.Sandbox;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Shop.Tests.Web.Mail;

/// <summary>
/// A real SMTP server in the test process, on a free loopback port (the SmtpServer package): the
/// shop sends to it through MailKit as to any server, and the test reads what arrived, parsed by
/// MimeKit. It can be stopped and started again on the same port, and can require a user and password.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly string? _user;
    private CancellationTokenSource? _stopping;
    private Task? _running;

    public TestSmtpServer((string User, string Password)? login = null)
    {
        _user = login?.User;
        Password = login?.Password;
    }

    /// <summary>The password the server takes from its one user; a test may change it to make sign-ins fail.</summary>
    public string? Password { get; set; }

    public int Port { get; } = FreePort.Next();

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public bool IsRunning => _running is { IsCompleted: false };

    public async Task StartAsync()
    {
        var options = new SmtpServerOptionsBuilder()
            .ServerName("smtp.test")
            .Endpoint(endpoint =>
            {
                endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port));
                if (_user is not null)
                {
                    endpoint.AuthenticationRequired().AllowUnsecureAuthentication();
                }
            })
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new KeepingStore(Received));
        if (_user is not null)
        {
            services.Add(new OneUser(this, _user));
        }
        _stopping = new CancellationTokenSource();
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stopping.Token);
        await Eventually.Until(CanConnectAsync, $"the test SMTP server to listen on {Port}");
    }

    public async Task StopAsync()
    {
        if (_stopping is null || _running is null)
        {
            return;
        }
        await _stopping.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
        _stopping.Dispose();
        _stopping = null;
        _running = null;
    }

    /// <summary>The messages received so far for one address.</summary>
    public List<MimeMessage> To(string address) =>
        Received.Where(m => m.To.Mailboxes.Any(to => string.Equals(to.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<bool> CanConnectAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private sealed class KeepingStore(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }

    private sealed class OneUser(TestSmtpServer server, string user) : UserAuthenticator
    {
        public override Task<bool> AuthenticateAsync(ISessionContext context, string user1, string password, CancellationToken cancellationToken) =>
            Task.FromResult(user1 == user && password == server.Password);
    }
}
