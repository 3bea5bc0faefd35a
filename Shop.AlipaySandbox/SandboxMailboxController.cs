using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Shop.AlipaySandbox;

/// <summary>
/// The development mailbox at <c>/sandbox/mail</c>: what the shop sent, as received by the
/// sandbox's own SMTP listener (<see cref="MailboxListener"/>), never read from the shop's tables.
/// </summary>
[Route("/sandbox/mail")]
[AutoValidateAntiforgeryToken]
public class SandboxMailboxController(Mailbox mailbox, IStringLocalizer<SandboxResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(SandboxViews.MailboxIndex, await mailbox.ListAsync(cancellationToken));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Message(int id, CancellationToken cancellationToken) =>
        await mailbox.FindAsync(id, cancellationToken) is { } message ? View(SandboxViews.MailboxMessage, message) : NotFound();

    /// <summary>
    /// The HTML part alone, for the message page's frame. It is shown as sent, so it may run
    /// nothing and load nothing: the policy below allows its inline styles and pictures only.
    /// </summary>
    [HttpGet("{id:int}/html")]
    public async Task<IActionResult> Html(int id, CancellationToken cancellationToken)
    {
        if (await mailbox.FindAsync(id, cancellationToken) is not { Html: { } html })
        {
            return NotFound();
        }
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox";
        Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Content(html, "text/html; charset=utf-8");
    }

    [HttpPost("clear")]
    public async Task<IActionResult> Clear(CancellationToken cancellationToken)
    {
        await mailbox.ClearAsync(cancellationToken);
        TempData["Message"] = localizer["The mailbox is empty."].Value;
        return RedirectToAction(nameof(Index));
    }
}
