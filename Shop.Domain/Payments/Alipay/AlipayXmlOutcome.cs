namespace Shop.Domain.Payments.Alipay;

public enum AlipayXmlOutcome
{
    /// <summary><c>is_success</c> T.</summary>
    Success,

    /// <summary><c>is_success</c> F with an <c>error</c> code.</summary>
    Failure,

    /// <summary>Not an answer of the gateway: not XML, or not the envelope of docs/alipay-protocol.md §6.</summary>
    Malformed,
}
