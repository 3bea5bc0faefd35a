using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Shop.Bench;

/// <summary>
/// The bench playing Alipay's gateway for the shop: notify_verify answers true the first time it is
/// asked about a notify_id and false after, as Alipay does once an id was acknowledged, and every
/// call is counted. It runs in the bench's process, on the client's core.
/// </summary>
public sealed class FakeAlipayGateway : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeAlipayGateway(WebApplication app) => _app = app;

    public ConcurrentDictionary<string, int> VerifyCalls { get; } = new();

    public int Port { get; private set; }

    public static async Task<FakeAlipayGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var gateway = new FakeAlipayGateway(app);
        app.MapGet("/gateway.do", (HttpRequest request) =>
        {
            if (request.Query["service"] != "notify_verify" || request.Query["partner"] != ShopCommand.Partner)
            {
                return Results.Text("invalid");
            }
            var calls = gateway.VerifyCalls.AddOrUpdate(request.Query["notify_id"].ToString(), 1, (_, count) => count + 1);
            return Results.Text(calls == 1 ? "true" : "false");
        });
        await app.StartAsync();
        gateway.Port = new Uri(app.Urls.First()).Port;
        return gateway;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
