using Microsoft.Extensions.Localization;
using Shop.Domain.Ordering;

namespace Shop.Web.Features.Payments;

/// <summary>
/// What the buyer reads as the order's subject on Alipay's cashier, in the buyer's language: the
/// product, the first product and how many more, or a donation.
/// </summary>
public static class PaymentSubjectText
{
    public static string Describe(Order order, IStringLocalizer localizer)
    {
        if (order.Kind == OrderKind.Donation)
        {
            return localizer["Donation"];
        }
        var first = order.Lines[0];
        return order.Lines.Count == 1
            ? first.ProductName
            : localizer["{0} and {1} more", first.ProductName, order.Lines.Count - 1];
    }
}
