using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Shop.Web.Configuration;

namespace Shop.Web.Features.Errors;

[ApiExplorerSettings(IgnoreApi = true)]
// Error pages are re-executed with the failed request's method: a POST refused for its missing
// anti-forgery token would be refused again here, and the buyer would get an empty page.
[IgnoreAntiforgeryToken]
public class ErrorController(IStringLocalizer<SharedResource> localizer) : Controller
{
    /// <summary>Where the pipeline sends a request that failed (<c>/error</c>) or ended in an error status (<c>/error/404</c>).</summary>
    public const string Path = "/error";

    [Route(Path + "/{statusCode:int}")]
    public IActionResult Status(int statusCode)
    {
        Response.StatusCode = statusCode;
        if (statusCode == StatusCodes.Status429TooManyRequests)
        {
            return TooManyRequests();
        }
        return View(statusCode == 404 ? "NotFound" : "Error", statusCode);
    }

    [Route(Path)]
    public IActionResult Error()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", StatusCodes.Status500InternalServerError);
    }

    /// <summary>A rate limit's answer (README: Rate limits): when to come back, as a page or, for a caller that does not take HTML, a ProblemDetails.</summary>
    private IActionResult TooManyRequests()
    {
        var seconds = HttpContext.Items[RateLimitConfiguration.RetryAfterItem] as int? ?? 60;
        Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var wait = TooManyRequestsText.Wait(seconds, localizer);
        if (!AcceptsHtml())
        {
            return Problem(statusCode: StatusCodes.Status429TooManyRequests, title: localizer["Too many attempts"], detail: wait);
        }
        return View("TooManyRequests", wait);
    }

    /// <summary>Browsers ask for HTML; a caller that asks only for JSON gets JSON.</summary>
    private bool AcceptsHtml()
    {
        var accept = Request.GetTypedHeaders().Accept;
        return accept.Count == 0
            || accept.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) || type.MatchesAllTypes)
            || !accept.Any(type => type.MediaType.Value?.EndsWith("json", StringComparison.OrdinalIgnoreCase) == true);
    }
}
