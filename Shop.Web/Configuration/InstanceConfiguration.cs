using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using Npgsql;
using Shop.Web.Data;
using Shop.Web.Features.Instances;

namespace Shop.Web.Configuration;

/// <summary>
/// This instance among several on one database (README: Running several instances): its name on
/// every console log line, /health saying which instance answered and how its database is, and
/// the locks and signals that coordinate instances: the database's own on PostgreSQL, this
/// process's on SQLite (one process per SQLite file).
/// </summary>
public static class InstanceConfiguration
{
    public static WebApplicationBuilder AddShopInstance(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(ShopInstance.From(builder.Configuration));
        builder.Logging.AddConsoleFormatter<InstanceConsoleFormatter, ConsoleFormatterOptions>();
        builder.Logging.AddConsole(options => options.FormatterName = InstanceConsoleFormatter.FormatterName);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(HealthReportWriter.DatabaseCheck);

        if (DataConfiguration.ProviderOf(builder.Configuration) == DatabaseProvider.Postgres)
        {
            var connectionString = builder.Configuration.GetConnectionString("Shop")
                ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Shop is not set.");
            services.TryAddSingleton(_ => NpgsqlDataSource.Create(connectionString));
            services.AddSingleton<ShopLocks, PostgresShopLocks>();
            services.AddSingleton<PostgresShopSignals>();
            services.AddSingleton<ShopSignals>(provider => provider.GetRequiredService<PostgresShopSignals>());
            services.AddHostedService<PostgresSignalRelay>();
        }
        else
        {
            services.AddSingleton<ShopLocks, InProcessShopLocks>();
            services.AddSingleton<ShopSignals, InProcessShopSignals>();
        }
        return builder;
    }
}
