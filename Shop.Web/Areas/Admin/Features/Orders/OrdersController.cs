using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Features.Payments;
using Shop.Web.Features.Shared;
using Shop.Web.Security;

namespace Shop.Web.Areas.Admin.Features.Orders;

public class OrdersController(
    AdminOrderSearch search,
    AdminOrderDetails details,
    OrderShipping shipping,
    OrderReconciliation reconciliation,
    OrderNotes notes,
    OrderRelease release,
    OrderRefunds refunds,
    OrderMessages messages,
    IOptionsMonitor<AlipayOptions> alipay,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : AdminController
{
    [HttpGet("/admin/orders")]
    public async Task<IActionResult> Index() =>
        View(await search.SearchAsync(OrderFilter.FromQuery(Request.Query)));

    /// <summary>The list's filtered orders, all of them, not one page.</summary>
    [HttpGet("/admin/orders.csv")]
    public async Task<IActionResult> Csv()
    {
        var orders = await search.ExportAsync(OrderFilter.FromQuery(Request.Query));
        var stamp = ChinaTime.FormatToMinute(clock.GetUtcNow().UtcDateTime).Replace(":", "").Replace(" ", "-");
        return File(OrderCsv.Write(orders, localizer), OrderCsv.ContentType, $"orders-{stamp}.csv");
    }

    [HttpGet("/admin/orders/{orderNo}")]
    public async Task<IActionResult> Details(string orderNo) =>
        await details.FindAsync(orderNo) is { } page ? View(page) : NotFound();

    [HttpPost("/admin/orders/{orderNo}/ship")]
    public async Task<IActionResult> Ship(string orderNo, ShipmentForm form, CancellationToken cancellationToken)
    {
        var result = await shipping.ShipAsync(orderNo, form, cancellationToken);
        switch (result.Outcome)
        {
            case ShipOutcome.NotFound:
                return NotFound();
            case ShipOutcome.Shipped:
                TempData.Flash(FlashKind.Message, localizer["The order is marked shipped."]);
                return RedirectToDetails(orderNo);
        }

        var page = await details.FindAsync(orderNo);
        if (page is null)
        {
            return NotFound();
        }
        ModelState.AddFieldErrors(result.FieldErrors, localizer);
        Response.StatusCode = result.Outcome switch
        {
            ShipOutcome.Invalid => StatusCodes.Status422UnprocessableEntity,
            ShipOutcome.AlipayUnreachable => StatusCodes.Status502BadGateway,
            _ => StatusCodes.Status409Conflict,
        };
        return View(nameof(Details), page with { ShipForm = form, ShipProblem = result });
    }

    [HttpPost("/admin/orders/{orderNo}/reconcile")]
    public async Task<IActionResult> Reconcile(string orderNo, CancellationToken cancellationToken)
    {
        var result = await reconciliation.ReconcileAsync(orderNo, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }
        TempData.Flash(result.IsProblem ? FlashKind.Warning : FlashKind.Message, ReconcileText.Describe(result, localizer));
        return RedirectToDetails(orderNo);
    }

    /// <summary>Accepts what was paid for held virtual goods and delivers them.</summary>
    [HttpPost("/admin/orders/{orderNo}/release")]
    public async Task<IActionResult> Release(string orderNo, CancellationToken cancellationToken)
    {
        try
        {
            switch (await release.ReleaseAsync(orderNo, User.Identity?.Name ?? Roles.Admin, cancellationToken))
            {
                case ReleaseOutcome.NotFound:
                    return NotFound();
                case ReleaseOutcome.NotHeld:
                    TempData.Flash(FlashKind.Warning, localizer["This order is not held."]);
                    break;
                default:
                    TempData.Flash(FlashKind.Message, localizer["The order is released and its goods delivered."]);
                    break;
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Flash(FlashKind.Warning, localizer["Another change came first. Please try again."]);
        }
        return RedirectToDetails(orderNo);
    }

    /// <summary>Stores the refund as requested, then leads the admin to Alipay to confirm it (docs/alipay-protocol.md §6a).</summary>
    [HttpPost("/admin/orders/{orderNo}/refund")]
    public async Task<IActionResult> Refund(string orderNo, RefundForm form, CancellationToken cancellationToken)
    {
        var result = await refunds.RequestAsync(orderNo, form, User.Identity?.Name ?? Roles.Admin, cancellationToken);
        switch (result.Outcome)
        {
            case RefundRequestOutcome.NotFound:
                return NotFound();
            case RefundRequestOutcome.Requested:
                return RedirectToAction(nameof(ConfirmRefund), new { orderNo, batchNo = result.BatchNo });
            case RefundRequestOutcome.ChangedMeanwhile:
                TempData.Flash(FlashKind.Warning, localizer["Another change came first. Please try again."]);
                return RedirectToDetails(orderNo);
        }

        var page = await details.FindAsync(orderNo);
        if (page is null)
        {
            return NotFound();
        }
        if (result.Outcome == RefundRequestOutcome.NotRefundable)
        {
            ModelState.AddModelError("amount", localizer["This order cannot be refunded from the shop: only instant payments with an amount left to refund can."]);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }
        else
        {
            ModelState.AddFieldErrors(result.FieldErrors, localizer);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return View(nameof(Details), page with { RefundForm = form });
    }

    /// <summary>The signed request that carries the admin to Alipay's confirmation page, sent by itself; again while Alipay has not answered.</summary>
    [HttpGet("/admin/orders/{orderNo}/refunds/{batchNo}")]
    public async Task<IActionResult> ConfirmRefund(string orderNo, string batchNo, CancellationToken cancellationToken)
    {
        var signed = await refunds.SignedRequestAsync(orderNo, batchNo, cancellationToken);
        if (signed is null)
        {
            TempData.Flash(FlashKind.Warning, localizer["This refund is no longer waiting for confirmation."]);
            return RedirectToDetails(orderNo);
        }
        // The gateway is told the shop's origin, never the admin's page.
        Response.Headers[SecurityHeadersMiddleware.ReferrerPolicyHeader] = "strict-origin";
        return View(new RefundConfirmationPage(orderNo, batchNo, signed.FormAction(alipay.CurrentValue.Gateway()), signed.Charset.Name, signed.Parameters));
    }

    [HttpPost("/admin/orders/{orderNo}/notes")]
    public async Task<IActionResult> AddNote(string orderNo, string? note, CancellationToken cancellationToken)
    {
        if (!OrderNotes.IsValid(note))
        {
            var page = await details.FindAsync(orderNo);
            if (page is null)
            {
                return NotFound();
            }
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            ModelState.AddModelError("note", localizer["Write a note of 1 to {0} characters.", Domain.Ordering.Order.NoteMaxLength]);
            return View(nameof(Details), page with { Note = note });
        }
        try
        {
            if (!await notes.AddAsync(orderNo, note!, User.Identity?.Name ?? Roles.Admin, cancellationToken))
            {
                return NotFound();
            }
            TempData.Flash(FlashKind.Message, localizer["The note was added to the history."]);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Flash(FlashKind.Warning, localizer["Another change came first. Please try again."]);
        }
        return RedirectToDetails(orderNo);
    }

    /// <summary>Sends a message about the order again, as a new message.</summary>
    [HttpPost("/admin/orders/{orderNo}/messages/{messageId:long}/resend")]
    public async Task<IActionResult> Resend(string orderNo, long messageId)
    {
        if (!await messages.ResendAsync(orderNo, messageId))
        {
            return NotFound();
        }
        TempData.Flash(FlashKind.Message, localizer["The message is queued to be sent again."]);
        return RedirectToDetails(orderNo);
    }

    private RedirectToActionResult RedirectToDetails(string orderNo) =>
        RedirectToAction(nameof(Details), new { orderNo });
}
