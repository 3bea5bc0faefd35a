using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Shop.Web.Areas.Admin.Features.Categories;
using Shop.Web.Areas.Admin.Features.ProductCodes;
using Shop.Web.Areas.Admin.Features.ProductImport;
using Shop.Web.Areas.Admin.Features.Products;
using Shop.Web.Data;

namespace Shop.Web.Configuration;

/// <summary>The admin's catalog pages, and the serving of the product pictures they upload.</summary>
public static class CatalogAdminConfiguration
{
    public static IServiceCollection AddCatalogAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<UploadLimits>(configuration.GetSection(UploadLimits.Section));
        services.Configure<LowStockOptions>(configuration.GetSection(LowStockOptions.Section));
        services.AddScoped<AdminProductSearch>();
        services.AddScoped<ProductFormPages>();
        services.AddScoped<ProductFormReader>();
        services.AddScoped<ProductAdminService>();
        services.AddScoped<ProductWriter>();
        services.AddScoped<ProductCsvImport>();
        services.AddScoped<ProductCodePool>();
        services.AddScoped<CategoryAdminService>();
        services.AddScoped<ProductImages>();
        services.AddScoped<ProductDownloads>();
        return services;
    }

    /// <summary>
    /// Serves uploaded pictures from the data folder at <c>/media/products/{file}</c>, as uploaded.
    /// Only the four accepted picture types are served, and a name is never reused (a replaced
    /// picture gets a new one), so browsers may keep them for a year.
    /// </summary>
    public static WebApplication UseUploadedProductImages(this WebApplication app)
    {
        var contentTypes = new FileExtensionContentTypeProvider(
            ProductImageFormat.All.ToDictionary(f => f.Extension, f => f.ContentType, StringComparer.OrdinalIgnoreCase));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(app.Services.GetRequiredService<FileStorage>().Images),
            RequestPath = ProductImages.UrlPrefix.TrimEnd('/'),
            ContentTypeProvider = contentTypes,
            OnPrepareResponse = context =>
            {
                context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                context.Context.Response.Headers.XContentTypeOptions = "nosniff";
            },
        });
        return app;
    }
}
