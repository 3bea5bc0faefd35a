using Microsoft.Extensions.Localization;
using Shop.Domain.Cart;

namespace Shop.Web.Shopping;

/// <summary>What a cart notice says to the buyer.</summary>
public static class CartNoticeText
{
    public static string Describe(CartNotice notice, string? productName, IStringLocalizer localizer)
    {
        var name = productName ?? localizer["A product"];
        return notice.Kind switch
        {
            CartNoticeKind.CappedToStock => localizer["Only {0} of “{1}” are in stock; your cart holds {0}.", notice.Quantity, name],
            CartNoticeKind.CappedToMaximum => localizer["At most {0} of one product per order; your cart holds {0} of “{1}”.", notice.Quantity, name],
            CartNoticeKind.OutOfStock => localizer["“{0}” is sold out and was removed from your cart.", name],
            _ => localizer["“{0}” is no longer available and was removed from your cart.", name],
        };
    }
}
