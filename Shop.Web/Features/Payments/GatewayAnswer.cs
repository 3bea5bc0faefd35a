using Shop.Domain.Payments.Alipay;

namespace Shop.Web.Features.Payments;

/// <summary>What a server-to-server call to the gateway came to: Alipay's XML answer, or no answer at all.</summary>
public sealed record GatewayAnswer(AlipayXmlAnswer? Xml, string? Unreachable)
{
    public bool IsSuccess => Xml?.IsSuccess == true;

    public static GatewayAnswer Answered(AlipayXmlAnswer xml) => new(xml, null);

    public static GatewayAnswer NotReached(string reason) => new(null, reason);
}
