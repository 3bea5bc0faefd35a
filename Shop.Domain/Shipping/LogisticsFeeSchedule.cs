namespace Shop.Domain.Shipping;

/// <summary>
/// The shop's logistics fees per type, and the goods total from which shipping is free
/// (then the shop sends fee 0.00 paid by the seller, as Alipay expects).
/// </summary>
public sealed class LogisticsFeeSchedule
{
    private readonly IReadOnlyDictionary<LogisticsType, decimal> _fees;

    public LogisticsFeeSchedule(IReadOnlyDictionary<LogisticsType, decimal> fees, decimal? freeShippingFrom)
    {
        foreach (var (type, fee) in fees)
        {
            if (fee < 0 || decimal.Round(fee, 2) != fee)
            {
                throw new ArgumentException($"The fee for {type} must be 0 or more with at most two decimals.", nameof(fees));
            }
        }
        if (fees.Count == 0)
        {
            throw new ArgumentException("At least one logistics type must be offered.", nameof(fees));
        }
        _fees = fees;
        FreeShippingFrom = freeShippingFrom;
    }

    public decimal? FreeShippingFrom { get; }

    public IEnumerable<LogisticsType> Offered => _fees.Keys.Order();

    public bool Offers(LogisticsType type) => _fees.ContainsKey(type);

    public bool IsFree(decimal goodsTotal) => FreeShippingFrom is { } from && goodsTotal >= from;

    public LogisticsQuote Quote(LogisticsType type, decimal goodsTotal)
    {
        if (!_fees.TryGetValue(type, out var fee))
        {
            throw new ArgumentException($"{type} is not offered.", nameof(type));
        }
        return IsFree(goodsTotal) || fee == 0
            ? new LogisticsQuote(type, 0m, LogisticsPayment.SellerPay)
            : new LogisticsQuote(type, fee, LogisticsPayment.BuyerPay);
    }
}
