using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Shop.Web.Features.Instances;

/// <summary>
/// /health's answer: 200 when healthy, 503 when not (what load balancers read), and a small JSON
/// body saying which instance answered and how its database is:
/// <c>{"status":"Healthy","instance":"shop-a","database":{"status":"Healthy","provider":"Postgres","description":"Reachable."}}</c>.
/// </summary>
public static class HealthReportWriter
{
    public const string DatabaseCheck = "database";

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var instance = context.RequestServices.GetRequiredService<ShopInstance>();
        var database = report.Entries.TryGetValue(DatabaseCheck, out var entry)
            ? new
            {
                status = entry.Status.ToString(),
                provider = entry.Data.TryGetValue("provider", out var provider) ? provider : null,
                description = entry.Description,
            }
            : null;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            instance = instance.Name,
            database,
        }));
    }
}
