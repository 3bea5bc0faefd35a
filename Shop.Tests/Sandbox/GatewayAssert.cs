using System.Net;
using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Sandbox;

public static class GatewayAssert
{
    /// <summary>Alipay's error page (status 200, like Alipay) with the code, the parameter at fault and the explanation for a person.</summary>
    public static void ErrorPage(GatewayPage page, string errorCode, string parameter, string culture = "zh-CN")
    {
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.False(page.IsCashier, "The cashier opened instead of the error page.");
        Assert.Equal(errorCode, page.ErrorCode);
        Assert.Equal(parameter, page.ErrorParameter);
        Assert.Equal(AlipayErrorExplanations.Explain(errorCode, culture), page.Explanation);
    }
}
