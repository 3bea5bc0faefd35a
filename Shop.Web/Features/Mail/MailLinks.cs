using Microsoft.Extensions.Options;
using Shop.Web.Features.Donations;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Payments;

namespace Shop.Web.Features.Mail;

/// <summary>
/// Absolute links for messages: the shop's public address (<c>Alipay:PublicBaseUrl</c>, where
/// buyers reach it) and the path the app's routes give, so a link in a mail is the page's link.
/// </summary>
public class MailLinks(LinkGenerator links, IOptionsMonitor<AlipayOptions> alipay)
{
    public string Home => Base + "/";

    public string Order(string orderNumber) =>
        Absolute(links.GetPathByAction(nameof(OrdersController.Details), "Orders", new { area = "", orderNo = orderNumber }));

    public string Pay(string orderNumber) =>
        Absolute(links.GetPathByAction(nameof(PayController.Pay), "Pay", new { area = "", orderNo = orderNumber }));

    public string Download(string orderNumber, int lineId) =>
        Absolute(links.GetPathByAction(nameof(OrdersController.Download), "Orders", new { area = "", orderNo = orderNumber, lineId }));

    public string Donation(string orderNumber) =>
        Absolute(links.GetPathByAction(nameof(DonationsController.ThankYou), "Donations", new { area = "", orderNo = orderNumber }));

    public string AdminOrder(string orderNumber) =>
        Absolute(links.GetPathByAction("Details", "Orders", new { area = "Admin", orderNo = orderNumber }));

    /// <summary>An Identity page (<c>/Account/ResetPassword</c>) with its query values.</summary>
    public string AccountPage(string page, object? values = null)
    {
        var route = new RouteValueDictionary(values) { ["area"] = "Identity" };
        return Absolute(links.GetPathByPage(page, handler: null, route));
    }

    private string Base => alipay.CurrentValue.PublicBaseUrl.TrimEnd('/');

    private string Absolute(string? path) =>
        Base + (path ?? throw new InvalidOperationException("No route for a link in a mail."));
}
