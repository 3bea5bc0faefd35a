namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// The protocol spelling of <see cref="AlipayLogisticsType"/> (<c>logistics_type</c>,
/// <c>transport_type</c>) and <see cref="AlipayLogisticsPayment"/> (<c>logistics_payment</c>), both ways.
/// </summary>
public static class AlipayLogisticsNames
{
    private static readonly Dictionary<string, AlipayLogisticsType> Types = new(StringComparer.Ordinal)
    {
        ["EXPRESS"] = AlipayLogisticsType.Express,
        ["POST"] = AlipayLogisticsType.Post,
        ["EMS"] = AlipayLogisticsType.Ems,
        ["DIRECT"] = AlipayLogisticsType.Direct,
    };

    private static readonly Dictionary<string, AlipayLogisticsPayment> Payments = new(StringComparer.Ordinal)
    {
        ["BUYER_PAY"] = AlipayLogisticsPayment.BuyerPay,
        ["SELLER_PAY"] = AlipayLogisticsPayment.SellerPay,
        ["BUYER_PAY_AFTER_RECEIVE"] = AlipayLogisticsPayment.BuyerPayAfterReceive,
    };

    public static string NameOf(AlipayLogisticsType type) => NameOf(Types, type);

    public static string NameOf(AlipayLogisticsPayment payment) => NameOf(Payments, payment);

    /// <summary>Reads a protocol name exactly as Alipay writes it (<c>EXPRESS</c>, never <c>express</c>).</summary>
    public static bool TryParse(string? text, out AlipayLogisticsType type) =>
        Types.TryGetValue(text ?? "", out type);

    /// <summary>Reads a protocol name exactly as Alipay writes it (<c>BUYER_PAY</c>).</summary>
    public static bool TryParse(string? text, out AlipayLogisticsPayment payment) =>
        Payments.TryGetValue(text ?? "", out payment);

    private static string NameOf<TValue>(Dictionary<string, TValue> names, TValue value)
        where TValue : struct, Enum
    {
        foreach (var (name, candidate) in names)
        {
            if (candidate.Equals(value))
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a {typeof(TValue).Name}.");
    }
}
