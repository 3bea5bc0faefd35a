using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Areas.Admin;

/// <summary>Every admin page's controller: in the Admin area, and for the admin role only.</summary>
[Area("Admin")]
[Authorize(Roles = Roles.Admin)]
public abstract class AdminController : Controller;
