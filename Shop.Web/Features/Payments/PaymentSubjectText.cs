using Microsoft.Extensions.Localization;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;

namespace Shop.Web.Features.Payments;

/// <summary>
/// What the buyer reads as the order's subject on Alipay's cashier, in the buyer's language: the
/// product, the first product and how many more, or a donation. A product is named in Chinese where
/// its Chinese name was recorded, whatever the buyer's language: the cashier is Chinese, and so are
/// the buyer's Alipay bill and the merchant's reconciliation.
/// </summary>
public static class PaymentSubjectText
{
    public static string Describe(Order order, IStringLocalizer localizer)
    {
        if (order.Kind == OrderKind.Donation)
        {
            return localizer["Donation"];
        }
        var first = order.Lines[0].ProductName.In(Language.Chinese);
        return order.Lines.Count == 1
            ? first
            : localizer["{0} and {1} more", first, order.Lines.Count - 1];
    }
}
