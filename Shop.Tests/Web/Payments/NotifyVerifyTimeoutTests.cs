using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Tests.Sandbox;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Payments;

/// <summary>notify_verify may take one second in all; a single call to the gateway, ten minutes.</summary>
public class StallingGatewayFactory : ScriptedGatewayFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alipay:NotifyVerifyTimeoutSeconds", "1");
    }
}

/// <summary>
/// A notify_verify that stalls, or answers something that is not an answer: the shop answers
/// <c>fail</c> within its own bound (Alipay waits about 15 s), keeps the notification, and applies
/// it when Alipay sends it again.
/// </summary>
public class NotifyVerifyTimeoutTests(StallingGatewayFactory factory) : IClassFixture<StallingGatewayFactory>
{
    /// <summary>Far longer than the shop's bound of one second, far shorter than a gateway call may take here.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    private async Task<string> UnpaidVirtualOrderAsync()
    {
        var product = await factory.AddProductAsync(price: 20m, delivery: VirtualDelivery.File);
        var (buyer, _) = await factory.CreateSignedInBrowserAsync();
        await buyer.AddToCartAsync(product.Id);
        return await buyer.CheckOutAsync();
    }

    private Task<PaymentNotification> StoredAsync(string number) =>
        factory.QueryAsync(db => db.PaymentNotifications.SingleAsync(n => n.OutTradeNo == number));

    [Fact]
    public async Task A_stalled_notify_verify_is_answered_fail_within_the_shops_bound_and_the_resend_is_applied()
    {
        var number = await UnpaidVirtualOrderAsync();
        var notification = factory.Paid(number, 20m);
        factory.Gateway.Stall();
        try
        {
            var answer = await factory.NotifyAsync(notification).WaitAsync(Guard);

            Assert.Equal((200, "fail"), answer);
            await Eventually.Until(() => factory.Gateway.Abandoned >= 1, "the stalled notify_verify to be given up");
            Assert.Equal(OrderStatus.PendingPayment, (await factory.OrderAsync(number)).Status);
            var stored = await StoredAsync(number);
            Assert.Equal(NotificationOutcome.Failed, stored.Outcome);
            Assert.Contains("notify_verify", stored.Detail);
        }
        finally
        {
            factory.Gateway.Resume();
        }

        Assert.Equal((200, "success"), await factory.NotifyAsync(notification));
        Assert.Equal(OrderStatus.Completed, (await factory.OrderAsync(number)).Status);
    }

    [Fact]
    public async Task A_notify_verify_answer_that_is_not_true_false_or_invalid_is_transient_not_a_rejection()
    {
        var number = await UnpaidVirtualOrderAsync();
        factory.Gateway.Answer("<html>maintenance</html>");
        try
        {
            Assert.Equal((200, "fail"), await factory.NotifyAsync(factory.Paid(number, 20m)));
        }
        finally
        {
            factory.Gateway.Answer("true");
        }

        Assert.Equal(OrderStatus.PendingPayment, (await factory.OrderAsync(number)).Status);
        var stored = await StoredAsync(number);
        Assert.Equal(NotificationOutcome.Failed, stored.Outcome);
    }
}
