using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Shop.Web.Areas.Identity.Pages.Account;

public class AccessDeniedModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    // A signed-in user sent here was refused a page, so the answer is a 403, not a 200.
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
