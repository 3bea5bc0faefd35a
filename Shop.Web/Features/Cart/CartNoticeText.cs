using Microsoft.Extensions.Localization;
using Shop.Domain.Cart;
using Shop.Domain.Catalog;
using Shop.Web.Features.Shared;

namespace Shop.Web.Features.Cart;

/// <summary>What a cart notice says to the buyer, the product named in the buyer's language.</summary>
public static class CartNoticeText
{
    public static string Describe(CartNotice notice, LocalizedText? name, IStringLocalizer localizer)
    {
        if (name is null)
        {
            // The product was deleted: there is no name left to tell the buyer.
            return localizer["A product in your cart is no longer available and was removed."];
        }
        var productName = name.InUiLanguage();
        return notice.Kind switch
        {
            CartNoticeKind.CappedToStock => localizer["Only {0} of “{1}” are in stock; your cart holds {0}.", notice.Quantity, productName],
            CartNoticeKind.CappedToMaximum => localizer["At most {0} of one product per order; your cart holds {0} of “{1}”.", notice.Quantity, productName],
            CartNoticeKind.OutOfStock => localizer["“{0}” is sold out and was removed from your cart.", productName],
            _ => localizer["“{0}” is no longer available and was removed from your cart.", productName],
        };
    }
}
