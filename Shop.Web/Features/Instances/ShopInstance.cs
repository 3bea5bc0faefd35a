namespace Shop.Web.Features.Instances;

/// <summary>
/// Which running copy of the shop this is, when several serve one database: <c>Shop:InstanceName</c>,
/// by default the machine's name and the process id. It is on every log line and in /health's answer.
/// </summary>
public sealed class ShopInstance(string name)
{
    public string Name { get; } = name;

    public static ShopInstance From(IConfiguration configuration) =>
        new(configuration["Shop:InstanceName"] is { Length: > 0 } name
            ? name
            : $"{Environment.MachineName}-{Environment.ProcessId}");
}
