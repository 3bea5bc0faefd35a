namespace Shop.Tests.Sandbox.Oracle;

/// <summary>
/// notify_verify, unsigned, GET or POST: <c>true</c> for a notify_id the gateway issued to this
/// partner and still valid, <c>false</c> for any other id, <c>invalid</c> when the partner or the
/// id is missing or malformed. Written from the protocol's description, like <see cref="GatewayCases"/>.
/// </summary>
public static class NotifyVerifyCases
{
    public static readonly IReadOnlyList<NotifyVerifyCase> All =
    [
        new("The notify_id of a return, just issued to the partner", TestMerchants.ShopPartner, NotifyId.IssuedForAReturn, AsPost: false, "true"),
        new("The same asked by POST", TestMerchants.ShopPartner, NotifyId.IssuedForAReturn, AsPost: true, "true"),
        new("The notify_id percent-encoded once more", TestMerchants.ShopPartner, NotifyId.IssuedEncodedOnceMore, AsPost: false, "true"),
        new("A notify_id issued to another partner", TestMerchants.FinishingPartner, NotifyId.IssuedForAReturn, AsPost: false, "false"),
        new("A notify_id never issued", TestMerchants.ShopPartner, NotifyId.NeverIssued, AsPost: false, "false"),
        new("No partner", null, NotifyId.IssuedForAReturn, AsPost: false, "invalid"),
        new("A partner typed as the account's email", "seller@shop.local", NotifyId.IssuedForAReturn, AsPost: false, "invalid"),
        new("No notify_id", TestMerchants.ShopPartner, NotifyId.None, AsPost: false, "invalid"),
    ];
}

public sealed record NotifyVerifyCase(string Name, string? Partner, NotifyId NotifyId, bool AsPost, string Expected)
{
    public override string ToString() => Name;
}

public enum NotifyId
{
    None,
    NeverIssued,

    /// <summary>The notify_id of the return after the shop's partner paid an instant trade.</summary>
    IssuedForAReturn,

    /// <summary>The same, percent-encoded once more, as merchants often send it.</summary>
    IssuedEncodedOnceMore,
}
