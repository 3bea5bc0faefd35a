using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Features.Errors;

[ApiExplorerSettings(IgnoreApi = true)]
// Error pages are re-executed with the failed request's method: a POST refused for its missing
// anti-forgery token would be refused again here, and the buyer would get an empty page.
[IgnoreAntiforgeryToken]
public class ErrorController : Controller
{
    /// <summary>Where the pipeline sends a request that failed (<c>/error</c>) or ended in an error status (<c>/error/404</c>).</summary>
    public const string Path = "/error";

    [Route(Path + "/{statusCode:int}")]
    public IActionResult Status(int statusCode)
    {
        Response.StatusCode = statusCode;
        return View(statusCode == 404 ? "NotFound" : "Error", statusCode);
    }

    [Route(Path)]
    public IActionResult Error()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("Error", StatusCodes.Status500InternalServerError);
    }
}
