using Microsoft.Extensions.Diagnostics.HealthChecks;
using Shop.Web.Data;

namespace Shop.Web.Features.Instances;

/// <summary>Whether this instance reaches the shop's database, and which kind of database it is.</summary>
public sealed class DatabaseHealthCheck(ShopDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = ProviderOf(db) };
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy("Reachable.", data)
                : HealthCheckResult.Unhealthy("Not reachable.", data: data);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Not reachable: " + e.Message, data: data);
        }
    }

    private static string ProviderOf(ShopDbContext db) =>
        db.Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.Sqlite" => "Sqlite",
            "Npgsql.EntityFrameworkCore.PostgreSQL" => "Postgres",
            var other => other ?? "unknown",
        };
}
