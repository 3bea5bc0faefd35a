using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Tests.Sandbox;

namespace Shop.Tests.Web.Payments;

/// <summary>One notification at a time and no waiting for a slot; notify_verify is bounded only by the test.</summary>
public class OneAtATimeFactory : ScriptedGatewayFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alipay:NotificationConcurrency", "1");
        builder.UseSetting("Alipay:NotificationQueueMilliseconds", "0");
        builder.UseSetting("Alipay:NotifyVerifyTimeoutSeconds", "600");
    }
}

/// <summary>
/// Notifications are never rate limited: the shop processes a bounded number at once
/// (<c>Alipay:NotificationConcurrency</c>) and answers <c>fail</c> to one that finds no slot, so
/// Alipay sends it again later and nothing is lost.
/// </summary>
public class NotificationConcurrencyTests(OneAtATimeFactory factory) : IClassFixture<OneAtATimeFactory>
{
    private async Task<string> UnpaidVirtualOrderAsync()
    {
        var product = await factory.AddProductAsync(price: 20m, delivery: VirtualDelivery.File);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        return await buyer.CheckOutAsync();
    }

    [Fact]
    public async Task A_notification_that_finds_the_shop_busy_is_answered_fail_stores_nothing_and_is_applied_when_sent_again()
    {
        var first = await UnpaidVirtualOrderAsync();
        var second = await UnpaidVirtualOrderAsync();
        var secondNotification = factory.Paid(second, 20m);
        factory.Gateway.Stall();
        Task<(int Status, string Body)> busy;
        try
        {
            busy = factory.NotifyAsync(factory.Paid(first, 20m));
            await Eventually.Until(() => factory.Gateway.Calls >= 1, "the first notification to hold the only slot");

            Assert.Equal((200, "fail"), await factory.NotifyAsync(secondNotification));
            Assert.Equal(0, await factory.QueryAsync(db => db.PaymentNotifications.CountAsync(n => n.OutTradeNo == second)));
        }
        finally
        {
            factory.Gateway.Resume();
        }

        Assert.Equal((200, "success"), await busy);
        Assert.Equal((200, "success"), await factory.NotifyAsync(secondNotification));
        Assert.Equal(OrderStatus.Completed, (await factory.OrderAsync(first)).Status);
        Assert.Equal(OrderStatus.Completed, (await factory.OrderAsync(second)).Status);
    }
}
