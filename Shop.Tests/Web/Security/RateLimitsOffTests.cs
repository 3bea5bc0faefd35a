using System.Net;

namespace Shop.Tests.Web.Security;

/// <summary><c>RateLimits:Enabled=false</c> (the tests' default, and load tests on loopback) switches every limit off.</summary>
public class RateLimitsOffTests(ShopWebApplicationFactory factory) : IClassFixture<ShopWebApplicationFactory>
{
    [Fact]
    public async Task With_the_limits_switched_off_twenty_sign_ins_and_twenty_donations_from_one_address_all_go_through()
    {
        var client = factory.CreateBrowser();
        client.DefaultRequestHeaders.Add(ClientAddressStartupFilter.Header, "198.51.100.90");
        for (var i = 0; i < 20; i++)
        {
            var signIn = await client.SubmitFormAsync("/Identity/Account/Login", new()
            {
                ["Input.Email"] = $"nobody-{i}@example.com",
                ["Input.Password"] = "not-the-password",
            });
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync("/donate", new() { ["amount"] = "1" })).StatusCode);
        }

        Assert.Equal(20, await factory.QueryAsync(db => Task.FromResult(db.Orders.Count(o => o.ClientAddress == "198.51.100.90"))));
    }
}
