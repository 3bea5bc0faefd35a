using System.Net;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Tests.Web.Payments;

namespace Shop.Tests.Web.Donations;

public class DonationFormTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Theory]
    [InlineData("abc", "请以元为单位填写金额")]
    [InlineData("-5", "最少捐赠 ¥0.01")]
    [InlineData("0", "最少捐赠 ¥0.01")]
    [InlineData("1e9", "请以元为单位填写金额")]
    [InlineData("12.345", "金额最多保留两位小数")]
    [InlineData("50000.01", "单笔在线捐赠最多 ¥50,000.00")]
    [InlineData("", "请选择或填写金额")]
    public async Task A_bad_amount_is_refused_on_the_page_with_its_reason_and_nothing_is_written(string amount, string message)
    {
        var before = await factory.QueryAsync(db => db.Orders.CountAsync(o => o.Kind == OrderKind.Donation));
        var donor = factory.CreateBrowser();

        var response = await donor.SubmitFormAsync("/donate", new()
        {
            ["amount"] = amount,
            ["donorName"] = "王五",
            ["message"] = "保重",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains("value=\"王五\"", html);
        Assert.Equal(before, await factory.QueryAsync(db => db.Orders.CountAsync(o => o.Kind == OrderKind.Donation)));
    }

    [Fact]
    public async Task A_message_longer_than_the_limit_is_refused()
    {
        var response = await factory.CreateBrowser().SubmitFormAsync("/donate", new()
        {
            ["amount"] = "10",
            ["message"] = new string('长', DonationDetails.MessageMaxLength + 1),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"最多 {DonationDetails.MessageMaxLength} 个字", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_anonymous_donor_is_shown_as_anonymous_with_the_amount_and_message()
    {
        var donor = factory.CreateBrowser();
        var donated = await donor.SubmitFormAsync("/donate", new()
        {
            ["amount"] = "66.60",
            ["donorName"] = "不想被看到的名字",
            ["message"] = "匿名的祝福",
            ["anonymous"] = "true",
        });
        var number = donated.RedirectPath()!.Split('/')[2];
        await factory.PayAtSandboxAsync(donor, number);
        await factory.WaitForOrderAsync(number, OrderStatus.Completed);

        var board = await donor.GetStringAsync("/donate");
        Assert.Contains("匿名的祝福", board);
        Assert.DoesNotContain("不想被看到的名字", board);
        Assert.Contains("匿名", board);
        Assert.DoesNotContain("不想被看到的名字", await donor.GetStringAsync($"/donate/{number}"));
    }

    [Fact]
    public async Task The_thank_you_page_is_the_donors_only_a_stranger_who_guesses_the_number_sees_nothing()
    {
        var donor = factory.CreateBrowser();
        var donated = await donor.SubmitFormAsync("/donate", new()
        {
            ["amount"] = "12.00",
            ["donorName"] = "钱七",
            ["message"] = "只给自己看的留言",
        });
        var number = donated.RedirectPath()!.Split('/')[2];
        var key = await factory.QueryAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.Donation!.AccessKey).SingleAsync());
        Assert.Equal(DonationDetails.AccessKeyLength, key!.Length);

        var own = await donor.GetStringAsync($"/donate/{number}");
        Assert.Contains("只给自己看的留言", own);
        Assert.Contains($"/donate/{number}?key={key}", own);

        var stranger = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/donate/{number}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/donate/{number}?key={key[..^1]}x")).StatusCode);
        var (signedIn, _) = await factory.CreateSignedInBrowserAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await signedIn.GetAsync($"/donate/{number}")).StatusCode);
        Assert.Contains("只给自己看的留言", await stranger.GetStringAsync($"/donate/{number}?key={key}"));
    }

    [Fact]
    public async Task A_signed_in_donor_finds_the_thank_you_page_from_any_browser_of_their_account()
    {
        var (donor, email) = await factory.CreateSignedInBrowserAsync();
        var donated = await donor.SubmitFormAsync("/donate", new() { ["amount"] = "8.00", ["message"] = "账户里的捐赠" });
        var number = donated.RedirectPath()!.Split('/')[2];

        var sameAccount = factory.CreateBrowser();
        await ShopWebApplicationFactory.SignInAsync(sameAccount, email);

        Assert.Contains("账户里的捐赠", await sameAccount.GetStringAsync($"/donate/{number}"));
    }
}
