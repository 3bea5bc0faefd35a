using Shop.Domain.Ordering;

namespace Shop.Web.Areas.Admin.Features.Orders;

public enum ReconcileOutcome
{
    /// <summary>Alipay's answer moved the order.</summary>
    Applied,

    /// <summary>Alipay's answer is what the order already says.</summary>
    AlreadyUpToDate,

    AlipayUnreachable,
    AlipayAnswerUnreadable,

    /// <summary>Alipay answered with an error code.</summary>
    AlipayError,

    /// <summary>The answer could not be applied now (the database was busy, say): trying again may work.</summary>
    NotAppliedNow,

    /// <summary>The answer was checked and refused (a wrong amount or seller, say).</summary>
    NotApplied,
}

/// <summary>
/// What asking Alipay about an order came to: the trade status Alipay reported, the order as it
/// is now, Alipay's error code, or why the answer was not applied. <see cref="ReconcileText"/>
/// says it in the admin's language.
/// </summary>
public sealed record ReconcileResult(
    ReconcileOutcome Outcome, string? ReportedStatus = null, Order? Order = null, string? AlipayErrorCode = null, string? Detail = null)
{
    /// <summary>Alipay could not be asked, or its answer was not applied.</summary>
    public bool IsProblem => Outcome is not (ReconcileOutcome.Applied or ReconcileOutcome.AlreadyUpToDate);
}
