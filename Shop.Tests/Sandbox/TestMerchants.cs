using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Sandbox;

/// <summary>The partners the sandbox knows in tests: the shop's own (appsettings.Development.json) and two configured ones.</summary>
public static class TestMerchants
{
    public const string ShopPartner = "2088101122136241";
    public const string ShopKey = "sandbox0key0for0local0dev0only00";
    public const string ShopSellerEmail = "seller@shop.local";

    /// <summary>Configured with create_direct_pay_by_user only.</summary>
    public const string DirectPayOnlyPartner = "2088000000000002";
    public const string DirectPayOnlyKey = "directpayonlykey0000000000000002";

    /// <summary>Configured with every payment service, and direct payments that end TRADE_FINISHED.</summary>
    public const string FinishingPartner = "2088000000000003";
    public const string FinishingKey = "finishingmerchantkey000000000003";

    public static AlipayMerchant Shop(AlipayCharset? charset = null) =>
        new(ShopPartner, ShopKey, ShopSellerEmail, inputCharset: charset ?? AlipayCharset.Utf8);
}
