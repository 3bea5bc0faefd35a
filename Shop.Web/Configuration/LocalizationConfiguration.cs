using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Shop.Web.Configuration;

public static class LocalizationConfiguration
{
    public static readonly string[] Cultures = ["zh-CN", "en"];
    public const string DefaultCulture = "zh-CN";

    public static IServiceCollection AddShopLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Cultures.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(DefaultCulture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // The switcher's cookie wins, then the browser's languages; nothing else.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }
}
