using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using SmtpServer;

namespace Shop.AlipaySandbox;

/// <summary>
/// The development mailbox's SMTP server, on loopback only (<c>Alipay:Sandbox:MailboxPort</c>,
/// 2525 by default): the shop sends to it as to any mail server, and never knows it is the
/// sandbox. What arrives is kept by <see cref="MailboxStore"/> and shown at <c>/sandbox/mail</c>.
/// </summary>
public class MailboxListener(MailboxStore store, IOptions<SandboxOptions> options, ILogger<MailboxListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var port = options.Value.MailboxPort;
        var serverOptions = new SmtpServerOptionsBuilder()
            .ServerName("sandbox.localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        var server = new SmtpServer.SmtpServer(serverOptions, services);
        try
        {
            logger.LogInformation("Development mailbox listening on 127.0.0.1:{Port}; read it at /sandbox/mail", port);
            await server.StartAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (SocketException e)
        {
            // Another app already has the port: the shop's mail then waits in its outbox, and says why.
            logger.LogError(e, "The development mailbox cannot listen on 127.0.0.1:{Port}; set Alipay:Sandbox:MailboxPort to a free port", port);
        }
    }
}
