using System.Globalization;
using Shop.Domain.Ordering;
using Shop.Tests.Web.Payments;
using Shop.Tests.Web.Storefront;

namespace Shop.Tests.Web.Donations;

/// <summary>
/// The donation page's total and latest donors are read once and kept (README: Performance) until
/// an order changes: a gift paid shows on the next page, as does a message the admin hides.
/// </summary>
public class DonationSummaryTests(SqlRecordingShopFactory factory) : IClassFixture<SqlRecordingShopFactory>
{
    [Fact]
    public async Task The_summary_is_read_once_and_a_gift_paid_since_shows_on_the_next_page()
    {
        var visitor = factory.CreateBrowser();
        var before = TotalOn(await visitor.GetHtmlAsync("/donate"));

        factory.Log.Clear();
        await visitor.GetStringAsync("/donate");
        Assert.DoesNotContain(factory.Log.For("/donate"), sql => sql.Contains("\"Orders\"", StringComparison.Ordinal));

        var donated = await visitor.SubmitFormAsync("/donate", new() { ["amount"] = "12.34", ["donorName"] = "钱七" });
        var number = donated.RedirectPath()!.Split('/')[2];
        await factory.PayAtSandboxAsync(visitor, number);
        await factory.WaitForOrderAsync(number, OrderStatus.Completed);

        var after = await visitor.GetHtmlAsync("/donate");
        Assert.Equal(before + 12.34m, TotalOn(after));
        Assert.Equal("钱七", after.QuerySelector("[data-recent-donor] [data-donor-name]")!.TextContent.Trim());
    }

    private static decimal TotalOn(AngleSharp.Html.Dom.IHtmlDocument page) =>
        decimal.Parse(page.QuerySelector("[data-total-received]")!.GetAttribute("data-total-received")!, CultureInfo.InvariantCulture);
}
