using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Shop.Tests.Web.Instances;

/// <summary>Every console log line says which instance wrote it (<c>Shop:InstanceName</c>).</summary>
public class InstanceLogTests(HealthTests.NamedShopFactory factory) : IClassFixture<HealthTests.NamedShopFactory>
{
    [Fact]
    public void The_console_writes_each_line_with_the_instance_name_and_its_exception()
    {
        var options = factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var formatter = factory.Services.GetServices<ConsoleFormatter>().Single(f => f.Name == options.FormatterName);
        using var output = new StringWriter();

        formatter.Write(
            new LogEntry<string>(LogLevel.Warning, "Shop.Web.Features.Orders.OrderTimeouts", new EventId(3), "Order 42 waits", new InvalidOperationException("gateway down"), (s, _) => s),
            null, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ warn \[shop-health-a\] Shop\.Web\.Features\.Orders\.OrderTimeouts: Order 42 waits\r?$", lines[0]);
        Assert.Contains(lines, line => line.Contains("InvalidOperationException: gateway down", StringComparison.Ordinal));
    }
}
