using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

public static class AlipayRuleAssert
{
    /// <summary>The service rules find exactly one violation, of this parameter with this code.</summary>
    public static AlipayRuleViolation Violates(IReadOnlyDictionary<string, string> parameters, string errorCode, string parameter)
    {
        var violation = Assert.Single(AlipayRequestRules.CheckService(parameters));
        Assert.Equal(errorCode, violation.ErrorCode);
        Assert.Equal(parameter, violation.Parameter);
        Assert.False(string.IsNullOrWhiteSpace(violation.Rule));
        return violation;
    }

    public static void Accepts(IReadOnlyDictionary<string, string> parameters)
    {
        Assert.Empty(AlipayRequestRules.CheckService(parameters));
    }
}
