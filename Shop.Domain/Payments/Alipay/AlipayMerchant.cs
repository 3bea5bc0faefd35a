namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// Who the shop is at the gateway: the partner id, the MD5 key, the seller account and the
/// charset it sends. Values are trimmed and checked on the way in, because a space copied from
/// the merchant console is the most common cause of ILLEGAL_PARTNER and ILLEGAL_SIGN.
/// </summary>
public sealed record AlipayMerchant
{
    /// <exception cref="AlipayArgumentException">A value the gateway would refuse; the message never contains the key.</exception>
    public AlipayMerchant(string partner, string key, string? sellerEmail = null, string? sellerId = null, AlipayCharset? inputCharset = null)
    {
        Partner = partner?.Trim() ?? "";
        Key = key?.Trim() ?? "";
        SellerEmail = string.IsNullOrWhiteSpace(sellerEmail) ? null : sellerEmail.Trim();
        SellerId = string.IsNullOrWhiteSpace(sellerId) ? null : sellerId.Trim();
        InputCharset = inputCharset ?? AlipayCharset.Utf8;

        var violation = CheckPartner(Partner) ?? CheckKey(Key) ?? CheckSellerId(SellerId);
        if (violation is not null)
        {
            throw new AlipayArgumentException(violation);
        }
    }

    /// <summary>The 16-digit partner id starting with 2088.</summary>
    public string Partner { get; }

    /// <summary>The 32-character MD5 key. Never log it; <see cref="ToString"/> leaves it out.</summary>
    public string Key { get; }

    public string? SellerEmail { get; }

    public string? SellerId { get; }

    public AlipayCharset InputCharset { get; }

    /// <summary>
    /// The account that receives the money: the configured seller id, or else the partner's own
    /// account, which is the usual case.
    /// </summary>
    public string SellerAccountId => SellerId ?? Partner;

    public override string ToString() =>
        $"AlipayMerchant {{ Partner = {Partner}, Key = (hidden), SellerEmail = {SellerEmail}, SellerId = {SellerId}, InputCharset = {InputCharset} }}";

    internal static AlipayRuleViolation? CheckPartner(string? partner)
    {
        if (string.IsNullOrEmpty(partner))
        {
            return new(AlipayErrorCodes.IllegalPartner, "partner", "is required: the 16-digit partner id starting with 2088");
        }

        if (partner.Contains('@'))
        {
            return new(AlipayErrorCodes.IllegalPartner, "partner", "looks like an email address; use the 16-digit partner id starting with 2088, not the account login");
        }

        if (partner.Any(char.IsWhiteSpace))
        {
            return new(AlipayErrorCodes.IllegalPartner, "partner", "contains a space; use the 16-digit partner id starting with 2088 without spaces");
        }

        if (!IsAlipayAccountId(partner))
        {
            return new(AlipayErrorCodes.IllegalPartner, "partner", "must be 16 digits starting with 2088");
        }

        return null;
    }

    // The key is a secret, so no message repeats it, even in part.
    internal static AlipayRuleViolation? CheckKey(string key)
    {
        if (key.Length == 0)
        {
            return new(AlipayErrorCodes.IllegalSign, "key", "is required: the 32-character MD5 key of the partner");
        }

        if (key.Any(char.IsWhiteSpace))
        {
            return new(AlipayErrorCodes.IllegalSign, "key", "contains a space; copy the 32-character MD5 key again without spaces");
        }

        if (key.Length != 32 || !key.All(char.IsAsciiLetterOrDigit))
        {
            return new(AlipayErrorCodes.IllegalSign, "key", $"must be 32 letters and digits (it has {key.Length} characters)");
        }

        return null;
    }

    internal static AlipayRuleViolation? CheckSellerId(string? sellerId) =>
        sellerId is null || IsAlipayAccountId(sellerId)
            ? null
            : new(AlipayErrorCodes.IllegalArgument, "seller_id", "must be 16 digits starting with 2088");

    private static bool IsAlipayAccountId(string id) =>
        id.Length == 16 && id.StartsWith("2088", StringComparison.Ordinal) && id.All(char.IsAsciiDigit);
}
