using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Tests.Sandbox;
using Shop.Web.Features.Mail;

namespace Shop.Tests.Web.Payments;

/// <summary>
/// An admin's refund over the app's real HTTP pipeline and the local Alipay gateway: the order
/// page's form, the page that carries the signed request to the gateway, and the seller's
/// password page there.
/// </summary>
public static partial class ShopRefunds
{
    [GeneratedRegex("""action="/sandbox/alipay/refund/(\d+)/confirm" """)]
    private static partial Regex ConfirmAction();

    /// <summary>Posts the order page's refund form as the admin; the answer is a redirect to the confirmation page, or the page with errors.</summary>
    public static Task<HttpResponseMessage> PostRefundAsync(this HttpClient admin, string orderNumber, string amount, string reason) =>
        admin.SubmitFormAsync($"/admin/orders/{orderNumber}", new() { ["amount"] = amount, ["reason"] = reason },
            action: $"/admin/orders/{orderNumber}/refund");

    /// <summary>
    /// Asks for the refund, follows the signed form to the sandbox and (unless told not to) confirms
    /// with the seller's password. Returns the batch_no and the sandbox's last page.
    /// </summary>
    public static async Task<(string BatchNo, GatewayPage Page)> RefundAtSandboxAsync(
        this ShopWebApplicationFactory factory, HttpClient admin, string orderNumber, string amount, string reason = "缺货 退款",
        bool confirm = true, Func<Task>? beforeConfirm = null)
    {
        var requested = await admin.PostRefundAsync(orderNumber, amount, reason);
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var confirmationPath = requested.RedirectPath()!;
        Assert.StartsWith($"/admin/orders/{orderNumber}/refunds/", confirmationPath, StringComparison.Ordinal);
        var batchNo = confirmationPath.Split('/')[^1];

        var (action, fields) = ShopPayments.ReadPayForm(await admin.GetStringAsync(confirmationPath));
        Assert.Contains("/sandbox/alipay/gateway.do", action, StringComparison.Ordinal);
        var sandbox = SandboxBrowser.Open(factory);
        var page = await sandbox.SubmitAsync(fields.ToDictionary());
        if (!confirm || page.ErrorCode is not null)
        {
            return (batchNo, page);
        }
        if (beforeConfirm is not null)
        {
            await beforeConfirm();
        }
        var batchId = ConfirmAction().Match(page.Html).Groups[1].Value;
        var token = HtmlFormExtensions.AntiforgeryTokenIn(page.Html) ?? throw new InvalidOperationException("The password page has no form token.");
        var done = await sandbox.Client.PostAsync($"/sandbox/alipay/refund/{batchId}/confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["password"] = "seller-password",
            [HtmlFormExtensions.AntiforgeryFieldName] = token,
        }));
        return (batchNo, await GatewayPage.ReadAsync(done));
    }

    public static Task<Order> OrderWithRefundsAsync(this ShopWebApplicationFactory factory, string orderNumber) =>
        factory.QueryAsync(db => db.Orders.AsNoTracking()
            .Include(o => o.Lines).Include(o => o.History).Include(o => o.Refunds)
            .AsSplitQuery()
            .SingleAsync(o => o.Number == orderNumber));

    /// <summary>Waits until the refund is no longer waiting for Alipay.</summary>
    public static async Task<Order> WaitForRefundAsync(this ShopWebApplicationFactory factory, string orderNumber, string batchNo)
    {
        await Eventually.Until(
            async () => (await factory.OrderWithRefundsAsync(orderNumber)).Refunds.Single(r => r.BatchNo == batchNo).State != RefundState.Requested,
            $"refund {batchNo} of order {orderNumber} to be settled");
        return await factory.OrderWithRefundsAsync(orderNumber);
    }

    public static Task<List<OutboxMessage>> MailsAsync(this ShopWebApplicationFactory factory, string orderNumber, MailKind kind) =>
        factory.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.OrderNumber == orderNumber && m.Kind == kind).ToListAsync());
}
