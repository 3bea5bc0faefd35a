using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shop.Domain.Shipping;
using Shop.Web.Features.Checkout;

namespace Shop.Tests.Web.Checkout;

/// <summary><c>Checkout:LogisticsFees</c> read by the configuration binder, as the app reads it.</summary>
public class CheckoutOptionsTests
{
    private static LogisticsFeeSchedule ScheduleFrom(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection()
            .Configure<CheckoutOptions>(configuration.GetSection(CheckoutOptions.Section))
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<CheckoutOptions>>().Value.FeeSchedule();
    }

    [Fact]
    public void Fees_keyed_by_alipay_s_names_as_documented_are_read()
    {
        var schedule = ScheduleFrom(new()
        {
            ["Checkout:LogisticsFees:EXPRESS"] = "12",
            ["Checkout:LogisticsFees:POST"] = "8",
            ["Checkout:LogisticsFees:EMS"] = "22",
        });

        Assert.Equal([LogisticsType.Express, LogisticsType.Post, LogisticsType.Ems], schedule.Offered);
        Assert.Equal(22m, schedule.Quote(LogisticsType.Ems, 10m).Fee);
    }

    [Fact]
    public void Fees_keyed_by_the_shop_s_names_are_read_and_a_type_left_out_is_not_offered()
    {
        var schedule = ScheduleFrom(new()
        {
            ["Checkout:LogisticsFees:Express"] = "15",
            ["Checkout:LogisticsFees:Post"] = "6",
        });

        Assert.Equal([LogisticsType.Express, LogisticsType.Post], schedule.Offered);
        Assert.Equal(15m, schedule.Quote(LogisticsType.Express, 10m).Fee);
        Assert.False(schedule.Offers(LogisticsType.Ems));
    }
}
