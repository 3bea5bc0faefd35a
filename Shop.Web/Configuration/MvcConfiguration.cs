using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Shop.Web.Features.Errors;
using Shop.Web.Features.Instances;

namespace Shop.Web.Configuration;

public static class MvcConfiguration
{
    public static IServiceCollection AddShopMvc(this IServiceCollection services)
    {
        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            // Validation is server-side only (no jQuery validation scripts), so forms need no data-val-* attributes.
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddRazorOptions(AddFeatureFolders);
        services.AddRazorPages();
        return services;
    }

    /// <summary>
    /// A controller's views are in its feature folder (<see cref="FeatureViewLocationExpander"/>),
    /// the layout and shared partials in <c>Features/Shared</c>; there is no <c>Views</c> folder.
    /// </summary>
    private static void AddFeatureFolders(RazorViewEngineOptions options)
    {
        const string feature = FeatureViewLocationExpander.Placeholder;
        options.ViewLocationFormats.Clear();
        options.ViewLocationFormats.Add($"/Features/{feature}/{{0}}.cshtml");
        options.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        options.AreaViewLocationFormats.Clear();
        options.AreaViewLocationFormats.Add($"/Areas/{{2}}/Features/{feature}/{{0}}.cshtml");
        options.AreaViewLocationFormats.Add("/Areas/{2}/Features/Shared/{0}.cshtml");
        options.AreaViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        // Identity's Razor Pages share the layout, and with it its partials.
        options.PageViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        options.AreaPageViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        options.ViewLocationExpanders.Add(new FeatureViewLocationExpander());
    }

    public static WebApplication UseShopPipeline(this WebApplication app)
    {
        // After the proxies (UseShopProxies), which say whether the request came over HTTPS.
        app.UseResponseCompression();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(ErrorController.Path);
        }
        app.UseStatusCodePagesWithReExecute(ErrorController.Path + "/{0}");
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapShopEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
        // WithStaticAssets: asp-append-version links to the fingerprinted URLs MapStaticAssets serves for a year.
        app.MapControllers().WithStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
