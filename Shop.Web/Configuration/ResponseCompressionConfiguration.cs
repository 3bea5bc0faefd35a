using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Shop.Web.Configuration;

/// <summary>
/// Brotli or gzip for the text the shop writes as it answers (HTML, JSON, SVG...), at the fastest
/// level, since a page is compressed anew for every request. Files under wwwroot are compressed once
/// at build and publish by MapStaticAssets and served as they are. Pictures and fonts are already
/// compressed and are left alone.
/// </summary>
public static class ResponseCompressionConfiguration
{
    public static IServiceCollection AddTextCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Not over HTTPS, against BREACH: every page carries an anti-forgery token (the layout's
            // language switch) and many reflect what a visitor typed (the search box) beside what
            // only the signed-in buyer may see (their email, their order, the codes of virtual goods).
            // Why: README: Performance.
            options.EnableForHttps = false;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("image/svg+xml");
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }
}
