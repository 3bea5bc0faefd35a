using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Shop.Web.Features.Cart;

namespace Shop.Web.Features.Checkout;

/// <summary>
/// A short hash of the cart's products, quantities and prices, put in the checkout form: when the
/// cart or a price changed between showing the page and placing the order, the two differ and the
/// buyer is shown the new totals instead of paying something they did not see.
/// </summary>
public static class CartFingerprint
{
    public static string Of(CartView cart)
    {
        var text = string.Join(";", cart.Lines
            .OrderBy(l => l.Product.Id)
            .Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Product.Id}:{l.Priced.Quantity}:{l.Priced.UnitPrice:0.00}")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }
}
