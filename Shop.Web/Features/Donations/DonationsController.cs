using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Shop.Domain.Donations;
using Shop.Domain.Ordering;
using Shop.Web.Features.Orders;
using Shop.Web.Features.Payments;
using Shop.Web.Features.Shared;
using Shop.Web.Security;

namespace Shop.Web.Features.Donations;

/// <summary>Donations of any amount, open to everyone, no account needed.</summary>
public class DonationsController(
    DonationService donations,
    IOptionsMonitor<DonationOptions> donationOptions,
    IOptionsMonitor<RateLimitOptions> rateLimits,
    IStringLocalizer<SharedResource> localizer) : Controller
{
    [HttpGet("/donate")]
    public async Task<IActionResult> Index() => View(await PageAsync(new DonationForm(), null));

    [HttpPost("/donate")]
    [EnableRateLimiting(RateLimitPolicies.Donation)]
    public async Task<IActionResult> Donate(DonationForm form)
    {
        var settings = donationOptions.CurrentValue;
        var problem = DonationAmount.TryParse(form.Amount, settings.MaxAmount, out var amount);
        var error = problem switch
        {
            DonationAmountProblem.None => null,
            DonationAmountProblem.Missing => localizer["Choose or enter an amount."].Value,
            DonationAmountProblem.NotANumber => localizer["Enter the amount in yuan, like 50 or 88.80."].Value,
            DonationAmountProblem.TooSmall => localizer["The smallest gift is ¥0.01."].Value,
            DonationAmountProblem.TooManyDecimals => localizer["Use at most two decimals (fen)."].Value,
            _ => localizer["The largest gift we take online is {0}.", Yuan.Format(settings.MaxAmount)].Value,
        };
        if ((form.DonorName?.Trim().Length ?? 0) > DonationDetails.DonorNameMaxLength)
        {
            ModelState.AddModelError(nameof(form.DonorName), localizer["At most {0} characters.", DonationDetails.DonorNameMaxLength]);
        }
        if ((form.Message?.Trim().Length ?? 0) > DonationDetails.MessageMaxLength)
        {
            ModelState.AddModelError(nameof(form.Message), localizer["At most {0} characters.", DonationDetails.MessageMaxLength]);
        }
        var email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();
        if (email is not null && (email.Length > DonationForm.EmailMaxLength || !new EmailAddressAttribute().IsValid(email)))
        {
            ModelState.AddModelError(nameof(form.Email), localizer["Please enter a valid email address."]);
        }
        if (error is not null || !ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await PageAsync(form, error));
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var placed = await donations.PlaceAsync(
            amount, new DonationDetails(form.DonorName, form.Message, form.Anonymous),
            userId, email ?? User.FindFirstValue(ClaimTypes.Email) ?? SignedInEmail, ClientAddress.Of(HttpContext));
        if (placed.Order is null)
        {
            // Nothing was written: the open orders to pay or cancel are on My orders, for a donor with an account.
            TempData.Flash(FlashKind.Warning, UnpaidOrderLimitText.Describe(placed.RefusedBy, rateLimits.CurrentValue, localizer));
            return userId is null ? RedirectToAction(nameof(Index)) : RedirectToAction(nameof(OrdersController.Index), "Orders");
        }
        // The donor's browser keeps the key, so Alipay's return (and the pay page) lead back to the thank-you page.
        Response.Cookies.Append(AccessCookie(placed.Order.Number), placed.Order.Donation!.AccessKey!, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            Path = "/donate",
            SameSite = SameSiteMode.Lax,
            MaxAge = AccessCookieLifetime,
        });
        return RedirectToAction(nameof(PayController.Pay), "Pay", new { orderNo = placed.Order.Number });
    }

    /// <summary>
    /// The thank-you page of one donation; it turns "received" by itself when Alipay confirms.
    /// Only for the donor: the browser that placed it (its cookie), their account, or the link with
    /// the donation's key. A stranger who guesses the number gets the same 404 as for no donation.
    /// </summary>
    [HttpGet("/donate/{orderNo}")]
    public async Task<IActionResult> ThankYou(string orderNo, string? key)
    {
        var order = await donations.FindAsync(orderNo);
        if (order?.Donation is not { } donation)
        {
            return NotFound();
        }
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var isDonor = donation.IsAccessKey(key) || donation.IsAccessKey(Request.Cookies[AccessCookie(orderNo)])
            || (userId is not null && order.UserId == userId);
        return isDonor ? View(order) : NotFound();
    }

    // User names are email addresses in this shop.
    private string? SignedInEmail => User.Identity?.IsAuthenticated == true ? User.Identity.Name : null;

    private static readonly TimeSpan AccessCookieLifetime = TimeSpan.FromDays(30);

    private static string AccessCookie(string orderNo) => "Shop.Donation." + orderNo;

    private async Task<DonatePage> PageAsync(DonationForm form, string? amountError)
    {
        var settings = donationOptions.CurrentValue;
        return new DonatePage(form, settings.Presets, settings.MaxAmount, amountError, await donations.SummaryAsync());
    }
}
