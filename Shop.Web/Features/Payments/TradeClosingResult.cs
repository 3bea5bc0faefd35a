namespace Shop.Web.Features.Payments;

/// <summary>What asking Alipay to close an unpaid order's trade came to.</summary>
public enum TradeClosingResult
{
    /// <summary>Alipay's trade is closed, or was never opened: nothing can be paid any more, the order may close.</summary>
    Closed,

    /// <summary>The trade went on without the shop (paid meanwhile): its state was applied to the order, which stays as it now is.</summary>
    Moved,

    /// <summary>Alipay could not be asked, or gave no usable answer: the order stays open.</summary>
    NotReached,
}
