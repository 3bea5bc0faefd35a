using System.Globalization;
using Microsoft.Extensions.Localization;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Features.Shared;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>What the order page says after asking Alipay how the order's trade stands.</summary>
public static class ReconcileText
{
    public static string Describe(ReconcileResult result, IStringLocalizer localizer) => result.Outcome switch
    {
        ReconcileOutcome.Applied when result.Order is { } order => localizer["Alipay reports {0}. The order is now “{1}”.",
            result.ReportedStatus ?? "", localizer[OrderText.Status(order.Status, order.Kind, order.PaymentState)]],
        ReconcileOutcome.Applied or ReconcileOutcome.AlreadyUpToDate =>
            localizer["Alipay reports {0}. The order was already up to date.", result.ReportedStatus ?? ""],
        ReconcileOutcome.AlipayUnreachable => localizer["Alipay could not be reached. Nothing was changed; please try again."],
        ReconcileOutcome.AlipayAnswerUnreadable => localizer["Alipay's answer could not be read. Nothing was changed; please try again."],
        ReconcileOutcome.AlipayError => localizer["Alipay answered {0}: {1}",
            result.AlipayErrorCode ?? "", AlipayErrorExplanations.Explain(result.AlipayErrorCode, CultureInfo.CurrentUICulture.Name)],
        ReconcileOutcome.NotAppliedNow => localizer["Alipay's answer could not be applied now: {0} Please try again.", result.Detail ?? ""],
        _ => localizer["Alipay's answer was not applied: {0}", result.Detail ?? ""],
    };
}
