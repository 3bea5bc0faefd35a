namespace Shop.Domain.Payments.Alipay;

/// <summary>The buyer's address sent with an escrow or dual trade (<c>receive_*</c>).</summary>
public sealed record AlipayReceiver(string Name, string Address)
{
    public string? Zip { get; init; }

    public string? Phone { get; init; }

    public string? Mobile { get; init; }
}
