using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using Shop.AlipaySandbox;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Sandbox;
using Shop.Tests.Web.Admin;
using Shop.Tests.Web.Payments;
using Shop.Web.Features.Mail;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Web.Mail;

/// <summary>
/// The messages of an order's life, sent through a real SMTP server and read as they arrived:
/// one per event whatever Alipay repeats, in the buyer's language, with the links and the facts
/// the buyer needs.
/// </summary>
public class OrderMailTests(MailShopFactory factory) : IClassFixture<MailShopFactory>
{
    private string PublicBaseUrl => factory.Services.GetRequiredService<IOptions<AlipayOptions>>().Value.PublicBaseUrl.TrimEnd('/');

    private static bool Kind(MimeMessage message, MailKind kind) => message.Headers["X-Shop-Mail-Kind"] == kind.ToString();

    private static string? Language(MimeMessage message) => message.Body?.Headers[HeaderId.ContentLanguage];

    private async Task<(HttpClient Buyer, string Email)> BuyerAsync(string language)
    {
        var (buyer, email) = await factory.CreateSignedInBrowserAsync();
        buyer.DefaultRequestHeaders.AcceptLanguage.Clear();
        buyer.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return (buyer, email);
    }

    /// <summary>The number of messages of a kind the outbox holds for an order (sent or not).</summary>
    private Task<int> QueuedAsync(string number, MailKind kind) =>
        factory.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.OrderNumber == number && m.Kind == kind));

    [Fact]
    public async Task Placing_an_order_sends_the_buyer_one_mail_in_their_language_with_the_absolute_pay_link()
    {
        var product = await factory.AddProductAsync(price: 66m, name: "Lapsang souchong");
        var (buyer, email) = await BuyerAsync("en");
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();

        var mail = Assert.Single(await factory.MailsAsync(email, m => Kind(m, MailKind.OrderPlaced)));
        Assert.Equal("en", Language(mail));
        Assert.Contains(number, mail.Subject);
        Assert.Contains("Thank you for your order", mail.HtmlBody);
        Assert.Contains($"{PublicBaseUrl}/orders/{number}/pay", mail.TextBody);
        Assert.Contains($"href=\"{PublicBaseUrl}/orders/{number}/pay\"", mail.HtmlBody);
        Assert.Contains("Lapsang souchong", mail.TextBody);
        Assert.Contains("¥78.00", mail.TextBody); // 66 + 12 express
        Assert.Equal("shop@shop.test", mail.From.Mailboxes.Single().Address);
        Assert.Equal("en", (await factory.OrderAsync(number)).Culture);
    }

    [Fact]
    public async Task Five_copies_of_the_paying_notification_at_once_send_one_payment_received_mail_in_Chinese()
    {
        var product = await factory.AddProductAsync(price: 120m);
        var (buyer, email) = await BuyerAsync("zh-CN");
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        var notification = await PaidButNotNotifiedAsync(buyer, number);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => NotifyAsync(notification)));

        Assert.All(answers, answer => Assert.Equal("success", answer));
        var mail = Assert.Single(await factory.MailsAsync(email, m => Kind(m, MailKind.PaymentReceived)));
        Assert.Equal("zh-CN", Language(mail));
        Assert.Contains("我们已收到您的付款", mail.HtmlBody);
        Assert.Contains(number, mail.TextBody);
        Assert.Contains("¥120.00", mail.TextBody);
        Assert.Contains($"{PublicBaseUrl}/orders/{number}", mail.TextBody);
        Assert.DoesNotContain("/pay", mail.TextBody);
        // Alipay's later resends and the return change nothing, and queue nothing more.
        Assert.Equal("success", await NotifyAsync(notification));
        Assert.Equal(1, await QueuedAsync(number, MailKind.PaymentReceived));
        Assert.Single(factory.Smtp.To(email), m => Kind(m, MailKind.PaymentReceived));
    }

    [Fact]
    public async Task A_paid_virtual_order_mails_its_codes_and_download_links()
    {
        var card = await factory.AddProductAsync(price: 30m, name: "Gift card", delivery: VirtualDelivery.Code, codeValues: ["GIFT-AAAA-1111", "GIFT-BBBB-2222"]);
        var ebook = await factory.AddProductAsync(price: 12m, name: "Tea e-book", delivery: VirtualDelivery.File);
        var (buyer, email) = await BuyerAsync("en");
        await buyer.AddToCartAsync(card.Id, quantity: 2);
        await buyer.AddToCartAsync(ebook.Id);
        var number = await buyer.CheckOutAsync();
        await factory.PayAtSandboxAsync(buyer, number);
        var order = await factory.WaitForOrderAsync(number, OrderStatus.Completed);

        var mail = Assert.Single(await factory.MailsAsync(email, m => Kind(m, MailKind.GoodsDelivered)));
        Assert.Contains("GIFT-AAAA-1111", mail.TextBody);
        Assert.Contains("GIFT-BBBB-2222", mail.HtmlBody);
        var line = order.Lines.Single(l => l.ProductId == ebook.Id);
        Assert.Contains($"{PublicBaseUrl}/orders/{number}/download/{line.Id}", mail.TextBody);
        Assert.Contains("Download Tea e-book", mail.TextBody);
        Assert.DoesNotContain(factory.Smtp.To(email), m => Kind(m, MailKind.PaymentReceived));
    }

    [Fact]
    public async Task Shipping_an_order_mails_the_carrier_and_the_tracking_number_once()
    {
        var (_, number, _) = await factory.PaidPhysicalOrderAsync("escrow");
        var email = (await factory.OrderAsync(number)).BuyerEmail!;
        var admin = await factory.CreateAdminBrowserAsync();

        var response = await admin.SubmitFormAsync($"/admin/orders/{number}", new()
        {
            ["carrier"] = "顺丰速运",
            ["trackingNumber"] = "SF5566778899",
            ["transportType"] = "EXPRESS",
        }, action: $"/admin/orders/{number}/ship");
        Assert.Equal($"/admin/orders/{number}", response.RedirectPath());

        var mail = Assert.Single(await factory.MailsAsync(email, m => Kind(m, MailKind.Shipped)));
        Assert.Contains("顺丰速运", mail.TextBody);
        Assert.Contains("SF5566778899", mail.HtmlBody);
        Assert.Contains(number, mail.Subject);
        // Alipay's WAIT_BUYER_CONFIRM_GOODS that follows the shipment sends nothing more.
        await Eventually.Until(async () => (await factory.QueryAsync(db => db.PaymentNotifications.CountAsync(n => n.OutTradeNo == number && n.TradeStatus == "WAIT_BUYER_CONFIRM_GOODS"))) > 0,
            "Alipay's notification of the shipment");
        Assert.Equal(1, await QueuedAsync(number, MailKind.Shipped));
    }

    [Fact]
    public async Task A_donation_with_an_email_sends_the_receipt_there_in_the_donors_language_and_never_shows_the_address()
    {
        var donor = factory.CreateBrowser();
        donor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var email = ShopWebApplicationFactory.NewEmail();
        var response = await donor.SubmitFormAsync("/donate", new()
        {
            ["amount"] = "88.80",
            ["donorName"] = "Ada",
            ["email"] = email,
        });
        var number = response.RedirectPath()!.Split('/')[2];
        Assert.Equal(email, (await factory.OrderAsync(number)).BuyerEmail);

        await factory.PayAtSandboxAsync(donor, number);
        await factory.WaitForOrderAsync(number, OrderStatus.Completed);

        var mail = Assert.Single(await factory.MailsAsync(email, m => Kind(m, MailKind.DonationReceipt)));
        Assert.Equal("en", Language(mail));
        Assert.Contains("¥88.80", mail.TextBody);
        Assert.Contains(number, mail.TextBody);
        Assert.Contains($"{PublicBaseUrl}/donate/{number}", mail.TextBody);
        Assert.DoesNotContain(email, await factory.CreateClient().GetStringAsync("/donate"));
        Assert.DoesNotContain(email, await donor.GetStringAsync($"/donate/{number}"));
    }

    [Fact]
    public async Task A_donation_email_that_is_not_an_address_is_refused_with_a_message_and_nothing_is_stored()
    {
        var donor = factory.CreateBrowser();
        donor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var before = await factory.QueryAsync(db => db.Orders.CountAsync());

        var response = await donor.SubmitFormAsync("/donate", new() { ["amount"] = "10", ["email"] = "not an address" });

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Please enter a valid email address.", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.QueryAsync(db => db.Orders.CountAsync()));
    }

    [Fact]
    public async Task An_unpaid_order_closed_by_the_timeout_sends_one_closed_mail()
    {
        var product = await factory.AddProductAsync(price: 20m);
        var (buyer, email) = await BuyerAsync("en");
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();

        factory.Clock.Advance(TimeSpan.FromHours(2) + OrderTimeouts.Grace + TimeSpan.FromMinutes(1));
        for (var round = 0; round < 2; round++)
        {
            using var scope = factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<OrderTimeouts>().RunOnceAsync(CancellationToken.None);
        }

        Assert.Equal(OrderStatus.Closed, (await factory.OrderAsync(number)).Status);
        var mail = Assert.Single(await factory.MailsAsync(email, m => Kind(m, MailKind.ClosedUnpaid)));
        Assert.Contains(number, mail.TextBody);
        Assert.Contains("not paid in time", mail.TextBody);
    }

    [Fact]
    public async Task A_notification_with_the_wrong_total_alerts_the_admin_once_however_often_it_comes()
    {
        var product = await factory.AddProductAsync(price: 45m);
        var (buyer, _) = await BuyerAsync("zh-CN");
        await buyer.AddToCartAsync(product.Id);
        var number = await buyer.CheckOutAsync();
        var notification = Resigned(await PaidButNotNotifiedAsync(buyer, number), n => n["total_fee"] = "0.01");

        Assert.Equal("fail", await NotifyAsync(notification));
        Assert.Equal("fail", await NotifyAsync(notification));

        var admin = factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Admin:Email"]!;
        var alert = Assert.Single(await factory.MailsAsync(admin, m => Kind(m, MailKind.AdminAmountMismatch)));
        Assert.Contains(number, alert.Subject);
        Assert.Contains("¥0.01", alert.TextBody);
        Assert.Contains($"{PublicBaseUrl}/admin/orders/{number}", alert.TextBody);
        Assert.Equal(1, await QueuedAsync(number, MailKind.AdminAmountMismatch));
        Assert.Equal(OrderStatus.PendingPayment, (await factory.OrderAsync(number)).Status);
    }

    [Fact]
    public async Task The_refund_entry_point_writes_one_refunded_mail_per_refund_with_the_amount()
    {
        var (_, number, _) = await factory.PaidPhysicalOrderAsync("instant");
        var email = (await factory.OrderAsync(number)).BuyerEmail!;

        for (var copy = 0; copy < 2; copy++)
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<Shop.Web.Data.ShopDbContext>();
            var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Number == number);
            await scope.ServiceProvider.GetRequiredService<OrderMail>().RefundedAsync(order, 30.5m, "2026112900001");
            await db.SaveChangesAsync();
        }

        var mail = Assert.Single(await factory.MailsAsync(email, m => Kind(m, MailKind.Refunded)));
        Assert.Contains("¥30.50", mail.TextBody);
        Assert.Equal(1, await QueuedAsync(number, MailKind.Refunded));
    }

    // A genuine notification: the sandbox is told to drop its delivery, and what it would have sent is read back.
    private async Task<Dictionary<string, string>> PaidButNotNotifiedAsync(HttpClient buyer, string number)
    {
        var sandbox = SandboxBrowser.Open(factory);
        var cashier = await sandbox.SubmitAsync(await buyer.PayFormAsync(number));
        await Eventually.Until(async () => (await factory.NotificationsAsync(cashier.TradeNo)).All(n => n.State != NotificationState.Pending),
            "notifications sent before payment to be delivered");
        await sandbox.Client.ActOnTradeAsync(cashier.TradeNo, "faults", new() { ["kind"] = "Drop", ["delaySeconds"] = "0", ["count"] = "1" });
        await sandbox.PayAsync(cashier, "instant");
        await Eventually.Until(async () => (await factory.NotificationsAsync(cashier.TradeNo)).Any(n => n.State == NotificationState.Dropped),
            "the payment notification to be dropped");
        return (await factory.NotificationsAsync(cashier.TradeNo)).First(n => n.State == NotificationState.Dropped).ReadParameters().ToDictionary();
    }

    private Dictionary<string, string> Resigned(Dictionary<string, string> notification, Action<Dictionary<string, string>> change)
    {
        var copy = new Dictionary<string, string>(notification);
        change(copy);
        copy.Remove("sign");
        copy.Remove("sign_type");
        copy["sign"] = AlipaySignature.Sign(copy, factory.Services.GetRequiredService<IOptions<AlipayOptions>>().Value.Key, AlipayCharset.Utf8);
        copy["sign_type"] = "MD5";
        return copy;
    }

    private async Task<string> NotifyAsync(IReadOnlyDictionary<string, string> parameters)
    {
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(AlipayFormEncoding.EncodeForm(parameters, AlipayCharset.Utf8)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        using var response = await factory.CreateClient().PostAsync("/payments/alipay/notify", content);
        return await response.Content.ReadAsStringAsync();
    }
}
