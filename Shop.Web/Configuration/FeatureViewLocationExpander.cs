using System.Reflection;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Shop.Web.Configuration;

/// <summary>
/// Finds a controller's views in its feature folder, the folder its namespace names:
/// <c>Shop.Web.Features.Cart.CartController</c> renders <c>/Features/Cart/Index.cshtml</c>, and
/// <c>Shop.Web.Areas.Admin.Features.Orders.OrdersController</c> renders
/// <c>/Areas/Admin/Features/Orders/Index.cshtml</c>. The view locations name the folder as
/// <see cref="Placeholder"/>; a page that is not a feature's (Identity's) skips those locations.
/// </summary>
public class FeatureViewLocationExpander : IViewLocationExpander
{
    public const string Placeholder = "{Feature}";

    private const string FeatureKey = "feature";
    private const string FeaturesNamespace = ".Features.";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            context.Values[FeatureKey] = FeatureOf(action.ControllerTypeInfo);
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations) =>
        context.Values.TryGetValue(FeatureKey, out var feature) && feature is not null
            ? viewLocations.Select(location => location.Replace(Placeholder, feature))
            : viewLocations.Where(location => !location.Contains(Placeholder));

    private static string? FeatureOf(TypeInfo controller)
    {
        var name = controller.Namespace ?? "";
        var start = name.LastIndexOf(FeaturesNamespace, StringComparison.Ordinal);
        return start < 0 ? null : name[(start + FeaturesNamespace.Length)..];
    }
}
