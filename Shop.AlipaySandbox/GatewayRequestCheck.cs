using Shop.Domain.Payments.Alipay;

namespace Shop.AlipaySandbox;

/// <summary>
/// What the gateway checks before a signed service does anything, in Alipay's order: the
/// envelope (service, partner, charset, sign_type), a partner it knows, the sign with that
/// partner's key in the request's charset, the partner's contract for the service, then the
/// service's own rules. The first broken rule is the answer.
/// </summary>
public class GatewayRequestCheck(SandboxMerchants merchants)
{
    public RequestAdmission Admit(GatewayRequest request)
    {
        if (request.Malformed is { } malformed)
        {
            return new(null, malformed);
        }

        if (AlipayRequestRules.CheckEnvelope(request.Parameters) is [var envelope, ..])
        {
            return new(null, envelope);
        }

        var partner = request.Parameters["partner"];
        var merchant = merchants.Find(partner);
        if (merchant is null)
        {
            return new(null, new(AlipayErrorCodes.IllegalPartner, "partner", $"{partner} is not a partner of this gateway"));
        }

        if (!AlipaySignature.Verify(request.Parameters, request.Parameters["sign"], merchant.Key, request.Charset))
        {
            return new(merchant, new(
                AlipayErrorCodes.IllegalSign,
                "sign",
                $"does not match the parameters signed with the partner's key in {request.Charset.Name}"));
        }

        var service = request.Service!;
        if (!merchant.HasContractFor(service))
        {
            return new(merchant, new(AlipayErrorCodes.HashNoPrivilege, "service", $"{service} is not in partner {partner}'s contract"));
        }

        return new(merchant, AlipayRequestRules.CheckService(request.Parameters) is [var violation, ..] ? violation : null);
    }
}
