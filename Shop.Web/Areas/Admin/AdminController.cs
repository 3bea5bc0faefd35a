using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Areas.Admin;

/// <summary>
/// Every admin page's controller: in the Admin area, for the admin role only, and for an admin
/// account that meets <see cref="AdminAccountCheck"/>.
/// </summary>
[Area("Admin")]
[Authorize(Roles = Roles.Admin)]
[ServiceFilter<AdminAccountCheck>]
public abstract class AdminController : Controller;
