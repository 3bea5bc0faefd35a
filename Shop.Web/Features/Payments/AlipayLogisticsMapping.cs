using Shop.Domain.Payments.Alipay;
using Shop.Domain.Shipping;

namespace Shop.Web.Features.Payments;

/// <summary>
/// The shop's logistics types and payers (<see cref="LogisticsType.Express"/>) and the protocol's,
/// mapped where the shop meets Alipay: the pay request and the shipment confirmation. A form field
/// naming a logistics type takes the shop's name (<c>Express</c>) or Alipay's (<c>EXPRESS</c>),
/// the one an outside client may post.
/// </summary>
public static class AlipayLogisticsMapping
{
    public static AlipayLogisticsType ToAlipay(LogisticsType type) => type switch
    {
        LogisticsType.Express => AlipayLogisticsType.Express,
        LogisticsType.Post => AlipayLogisticsType.Post,
        LogisticsType.Ems => AlipayLogisticsType.Ems,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a logistics type."),
    };

    public static AlipayLogisticsPayment ToAlipay(LogisticsPayment payment) => payment switch
    {
        LogisticsPayment.BuyerPay => AlipayLogisticsPayment.BuyerPay,
        LogisticsPayment.SellerPay => AlipayLogisticsPayment.SellerPay,
        LogisticsPayment.BuyerPayAfterReceive => AlipayLogisticsPayment.BuyerPayAfterReceive,
        _ => throw new ArgumentOutOfRangeException(nameof(payment), payment, "Not a logistics payment."),
    };

    /// <summary>Reads a posted logistics type: the shop's name or Alipay's, exactly as written (no numbers).</summary>
    public static bool TryParseLogisticsType(string? text, out LogisticsType type)
    {
        if (Enum.GetNames<LogisticsType>().Contains(text, StringComparer.Ordinal))
        {
            return Enum.TryParse(text, out type);
        }

        type = default;
        if (!AlipayLogisticsNames.TryParse(text, out AlipayLogisticsType alipayType))
        {
            return false;
        }

        switch (alipayType)
        {
            case AlipayLogisticsType.Express:
                type = LogisticsType.Express;
                return true;
            case AlipayLogisticsType.Post:
                type = LogisticsType.Post;
                return true;
            case AlipayLogisticsType.Ems:
                type = LogisticsType.Ems;
                return true;
            default:
                // DIRECT (no carrier) is Alipay's, for send goods only; the shop offers no such type.
                return false;
        }
    }
}
