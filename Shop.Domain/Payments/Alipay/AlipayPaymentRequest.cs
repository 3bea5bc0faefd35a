namespace Shop.Domain.Payments.Alipay;

/// <summary>What every payment service sends besides its amounts (docs/alipay-protocol.md §3).</summary>
public abstract record AlipayPaymentRequest(string OutTradeNo, string Subject)
{
    public string? Body { get; init; }

    /// <summary>Absolute http(s) URL without a query string, at most 190 characters.</summary>
    public string? NotifyUrl { get; init; }

    /// <summary>Absolute http(s) URL without a query string, at most 200 characters.</summary>
    public string? ReturnUrl { get; init; }

    public string? ShowUrl { get; init; }

    /// <summary><c>it_b_pay</c>: how long the trade waits for payment, "1m".."15d" in whole m/h/d, or "1c".</summary>
    public string? UnpaidTimeout { get; init; }

    /// <summary>Up to 100 characters Alipay echoes back in every notification.</summary>
    public string? ExtraCommonParam { get; init; }
}
