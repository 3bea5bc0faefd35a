using Microsoft.AspNetCore.Hosting;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Web;

namespace Shop.Tests.Sandbox;

/// <summary>The test host with two more sandbox merchants besides the shop's own partner (see <see cref="TestMerchants"/>).</summary>
public class SandboxWebApplicationFactory : ShopWebApplicationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Alipay:Sandbox:Merchants:0:Partner", TestMerchants.DirectPayOnlyPartner);
        builder.UseSetting("Alipay:Sandbox:Merchants:0:Key", TestMerchants.DirectPayOnlyKey);
        builder.UseSetting("Alipay:Sandbox:Merchants:0:Services:0", AlipayServices.CreateDirectPayByUser);
        builder.UseSetting("Alipay:Sandbox:Merchants:1:Partner", TestMerchants.FinishingPartner);
        builder.UseSetting("Alipay:Sandbox:Merchants:1:Key", TestMerchants.FinishingKey);
        builder.UseSetting("Alipay:Sandbox:Merchants:1:DirectPayTradeStatus", "TRADE_FINISHED");
        builder.UseSetting("Alipay:Sandbox:Merchants:1:Services:0", AlipayServices.CreateDirectPayByUser);
        builder.UseSetting("Alipay:Sandbox:Merchants:1:Services:1", AlipayServices.SingleTradeQuery);
    }
}
