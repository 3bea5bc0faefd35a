using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// Lets the download upload carry a file as large as <c>Storage:MaxDownloadBytes</c>: Kestrel refuses
/// bodies over 30 MB by default, before the action could say why. As an authorization filter it runs
/// before the anti-forgery check, which is the first to read the form.
/// </summary>
public class DownloadUploadSizeFilter(IOptionsMonitor<UploadLimits> limits) : IAuthorizationFilter
{
    /// <summary>Room for the rest of the form (the token, the part headers) beside the file.</summary>
    private const long FormOverhead = 64 * 1024;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var limit = limits.CurrentValue.MaxDownloadBytes + FormOverhead;
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
