using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// Lets an upload carry a file as large as its <see cref="UploadLimits"/> setting: Kestrel refuses
/// bodies over 30 MB by default, before the action could say why. As an authorization filter it
/// runs before the anti-forgery check, which is the first to read the form.
/// </summary>
public abstract class UploadSizeFilter(IOptionsMonitor<UploadLimits> limits) : IAuthorizationFilter
{
    /// <summary>Room for the rest of the form (the token, the part headers) beside the file.</summary>
    private const long FormOverhead = 64 * 1024;

    /// <summary>The largest file this upload takes.</summary>
    protected abstract long MaxFileBytes(UploadLimits limits);

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var limit = MaxFileBytes(limits.CurrentValue) + FormOverhead;
        var features = context.HttpContext.Features;
        if (features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }
        if (features.Get<IFormFeature>()?.Form is null)
        {
            features.Set<IFormFeature>(new FormFeature(context.HttpContext.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        }
    }
}
