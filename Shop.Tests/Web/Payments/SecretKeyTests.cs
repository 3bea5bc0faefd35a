using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

/// <summary>The test host with every log line kept, at every level.</summary>
public class LoggedShopFactory : ShopWebApplicationFactory
{
    public ConcurrentQueue<string> Lines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(new KeepingLoggerProvider(Lines)));
    }

    private sealed class KeepingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new KeepingLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class KeepingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category}: {formatter(state, exception)} {exception} {state}");
    }
}

public class SecretKeyTests(LoggedShopFactory factory) : IClassFixture<LoggedShopFactory>
{
    [Fact]
    public async Task A_whole_payment_with_a_rejected_forgery_and_gateway_calls_never_writes_the_key_to_the_logs()
    {
        var key = factory.Services.GetRequiredService<IOptions<AlipayOptions>>().Value.Key;
        var (_, number, tradeNo) = await factory.PaidPhysicalOrderAsync();
        using (var scope = factory.Services.CreateScope())
        {
            var gateway = scope.ServiceProvider.GetRequiredService<AlipayGatewayClient>();
            await gateway.QueryTradeAsync(new TradeQueryRequest(tradeNo, null), CancellationToken.None);
            await gateway.SendGoodsAsync(new SendGoodsRequest("2026000000000000000000000000", "EMS", AlipayLogisticsType.Ems), CancellationToken.None);
        }
        using var forged = new FormUrlEncodedContent(new Dictionary<string, string> { ["out_trade_no"] = number, ["sign"] = "x", ["sign_type"] = "MD5" });
        await factory.CreateClient().PostAsync("/payments/alipay/notify", forged);

        Assert.NotEmpty(factory.Lines);
        Assert.Contains(factory.Lines, line => line.Contains(number));
        Assert.DoesNotContain(factory.Lines, line => line.Contains(key, StringComparison.Ordinal));
        Assert.DoesNotContain(key, factory.Services.GetRequiredService<IOptions<AlipayOptions>>().Value.ToString());
        Assert.DoesNotContain(key, factory.Services.GetRequiredService<IOptions<AlipayOptions>>().Value.Merchant().ToString());
    }
}
