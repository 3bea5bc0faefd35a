using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace Shop.Web.AlipaySandbox;

/// <summary>
/// MVC finds every controller in the assembly; when the sandbox is off this takes the sandbox's
/// back out, so none of its routes exists (a 404, not a page that says "disabled").
/// </summary>
public class SandboxControllersExcluded : IApplicationFeatureProvider<ControllerFeature>
{
    public void PopulateFeature(IEnumerable<ApplicationPart> parts, ControllerFeature feature)
    {
        foreach (var controller in feature.Controllers.Where(c => c.Namespace == typeof(SandboxControllersExcluded).Namespace).ToList())
        {
            feature.Controllers.Remove(controller);
        }
    }
}
