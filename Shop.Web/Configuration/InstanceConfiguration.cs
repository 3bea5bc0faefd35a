using Microsoft.Extensions.Logging.Console;
using Shop.Web.Features.Instances;

namespace Shop.Web.Configuration;

/// <summary>
/// This instance among several on one database (README: Running several instances): its name on
/// every console log line, and /health saying which instance answered and how its database is.
/// </summary>
public static class InstanceConfiguration
{
    public static WebApplicationBuilder AddShopInstance(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(ShopInstance.From(builder.Configuration));
        builder.Logging.AddConsoleFormatter<InstanceConsoleFormatter, ConsoleFormatterOptions>();
        builder.Logging.AddConsole(options => options.FormatterName = InstanceConsoleFormatter.FormatterName);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(HealthReportWriter.DatabaseCheck);
        return builder;
    }
}
