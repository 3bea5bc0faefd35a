using System.Net;
using System.Text;
using System.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Sandbox.Oracle;

/// <summary>
/// Every case of <see cref="GatewayCases"/>, written from the protocol, against the two readings
/// of it in the code: the shop's request rules (<see cref="AlipayRequestRules"/>), which must
/// refuse what the gateway refuses for what a request says, with the same code, and let through
/// what only the gateway can judge; and the emulator's gateway.do, over HTTP, which must answer
/// every case as the protocol says.
/// </summary>
public class GatewayOracleTests(SandboxWebApplicationFactory factory) : IClassFixture<SandboxWebApplicationFactory>
{
    private readonly OracleMerchant _merchant = new(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));

    public static TheoryData<string> Cases => new(GatewayCases.All.Select(c => c.Name));

    public static TheoryData<string> NotifyVerifications => new(NotifyVerifyCases.All.Select(c => c.Name));

    private static GatewayCase Case(string name) => GatewayCases.All.Single(c => c.Name == name);

    [Fact]
    public void The_cases_cover_every_signed_service_of_the_gateway_each_under_a_name_of_its_own()
    {
        string[] services =
        [
            "create_direct_pay_by_user", "create_partner_trade_by_buyer", "trade_create_by_buyer", "create_digital_goods_trade_p",
            "create_donate_trade_p", "send_goods_confirm_by_platform", "single_trade_query", "close_trade",
            "refund_fastpay_by_platform_pwd",
        ];

        Assert.Equal(GatewayCases.All.Count, GatewayCases.All.Select(c => c.Name).Distinct().Count());
        Assert.All(services, service => Assert.Contains(GatewayCases.All, c => c.Value("service") == service && c.Expected.ErrorCode is null));
        Assert.All(services, service => Assert.Contains(GatewayCases.All, c => c.Value("service") == service && c.Expected.ErrorCode is not null));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_request_rules_answer_as_the_protocol_says(string name)
    {
        var request = Case(name);
        var parameters = OracleMerchant.Signed(request, request.Parameters, Trade.Imagined).ToDictionary(p => p.Key, p => p.Value);

        var codes = AlipayRequestRules.CheckEnvelope(parameters).Concat(AlipayRequestRules.CheckService(parameters))
            .Select(violation => violation.ErrorCode)
            .ToList();

        if (request.Expected.ErrorCode is null || request.Expected.OnlyTheGatewayKnows)
        {
            Assert.Empty(codes);
        }
        else
        {
            Assert.NotEmpty(codes);
            Assert.All(codes, code => Assert.Equal(request.Expected.ErrorCode, code));
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_emulator_answers_as_the_protocol_says(string name)
    {
        var request = Case(name);
        var trade = await GivenAsync(request);

        var answer = await _merchant.SendAsync(request, trade);

        Assert.True(request.Expected.ErrorCode == answer.ErrorCode, $"Expected {request.Expected}, the gateway answered {answer}:\n{answer.Body}");
        if (answer.IsAccepted && trade != Trade.Imagined)
        {
            Assert.Equal(trade.TradeNo, answer.TradeNo);
        }
    }

    // notify_verify is unsigned and the shop does not build it through the request rules: the emulator alone answers these.
    [Theory]
    [MemberData(nameof(NotifyVerifications))]
    public async Task The_emulator_answers_notify_verify_as_the_protocol_says(string name)
    {
        var verification = NotifyVerifyCases.All.Single(c => c.Name == name);
        var notifyId = verification.NotifyId switch
        {
            NotifyId.None => null,
            NotifyId.NeverIssued => "RqPnCoPT3K9%2Fvwbh3InWeOm1vBfYtHL%2BYJGUKuCmiB4v1mZJ9tMBGSV0dLYVW9PZ1nR0",
            NotifyId.IssuedForAReturn => await ReturnNotifyIdAsync(),
            NotifyId.IssuedEncodedOnceMore => Uri.EscapeDataString(await ReturnNotifyIdAsync()),
            _ => throw new ArgumentOutOfRangeException(nameof(name), verification.NotifyId, null),
        };
        var parameters = new List<KeyValuePair<string, string>> { KeyValuePair.Create("service", "notify_verify") };
        if (verification.Partner is { } partner)
        {
            parameters.Add(KeyValuePair.Create("partner", partner));
        }

        if (notifyId is not null)
        {
            parameters.Add(KeyValuePair.Create("notify_id", notifyId));
        }

        var form = string.Join("&", parameters.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));
        using var response = verification.AsPost
            ? await _merchant.Client.PostAsync(OracleMerchant.Gateway, new StringContent(form, Encoding.ASCII, "application/x-www-form-urlencoded"))
            : await _merchant.Client.GetAsync(OracleMerchant.Gateway + "?" + form);

        Assert.Equal(verification.Expected, await response.Content.ReadAsStringAsync());
    }

    // Pays an instant trade of the shop's partner: the notify_id of the buyer's return to return_url.
    private async Task<string> ReturnNotifyIdAsync()
    {
        var (_, cashier) = await OpenCashierAsync(InstantTrade());
        using var paid = await new SandboxBrowser(_merchant.Client).PayAsync(cashier, "instant");
        return HttpUtility.ParseQueryString(paid.Headers.Location!.Query, Encoding.UTF8)["notify_id"]!;
    }

    // What the gateway must already know, set up through gateway.do and the cashier like a merchant and a buyer would.
    private async Task<Trade> GivenAsync(GatewayCase request)
    {
        switch (request.Given)
        {
            case Given.Nothing:
                return Trade.Imagined;
            case Given.SameRequestOpened:
                return await OpenAsync(request, request.First!);
            case Given.SameRequestClosed:
                return await CloseAsync(await OpenAsync(request, request.First!));
            case Given.UnpaidEscrowTrade:
                return await OpenAsync(EscrowTrade());
            case Given.ClosedEscrowTrade:
                return await CloseAsync(await OpenAsync(EscrowTrade()));
            case Given.PaidEscrowTrade:
                return await PayAsync(EscrowTrade(), "escrow");
            case Given.ShippedEscrowTrade:
                return await ShipAsync(await PayAsync(EscrowTrade(), "escrow"));
            case Given.PaidInstantTrade:
                return await PayAsync(InstantTrade(), "instant");
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Given, null);
        }
    }

    private static GatewayCase EscrowTrade() => GatewayCases.All.Single(c => c.Name == "A well-formed dual payment opens the cashier")
        .Set("out_trade_no", "G" + Guid.NewGuid().ToString("N"));

    private static GatewayCase InstantTrade() => GatewayCases.All.Single(c => c.Name == "A well-formed instant payment opens the cashier")
        .Set("out_trade_no", "G" + Guid.NewGuid().ToString("N"));

    private async Task<Trade> OpenAsync(GatewayCase request, IReadOnlyList<KeyValuePair<string, string>>? parameters = null) =>
        (await OpenCashierAsync(request, parameters)).Trade;

    // The request, well signed and posted, opens the cashier: its parameters, or those given (an earlier request of the case).
    private async Task<(Trade Trade, GatewayPage Cashier)> OpenCashierAsync(GatewayCase request, IReadOnlyList<KeyValuePair<string, string>>? parameters = null)
    {
        parameters ??= request.Parameters;
        var opened = await _merchant.SendAsync(request with { Signature = new(), AsGet = false }, Trade.Imagined, parameters);
        Assert.True(opened.IsAccepted, "The cashier did not open: " + opened.ErrorCode);
        return (new Trade(opened.TradeNo!, parameters.Single(p => p.Key == "out_trade_no").Value), opened.Page!);
    }

    // The buyer presses the cashier's button for escrow or instant payment.
    private async Task<Trade> PayAsync(GatewayCase request, string choice)
    {
        var (trade, cashier) = await OpenCashierAsync(request);
        using var paid = await new SandboxBrowser(_merchant.Client).PayAsync(cashier, choice);
        Assert.True(paid.StatusCode == HttpStatusCode.Redirect, "Paying failed: " + paid.StatusCode);
        return trade;
    }

    private async Task<Trade> ShipAsync(Trade trade)
    {
        var shipped = await _merchant.SendAsync(GatewayCases.All.Single(c => c.Name == "Shipping a paid escrow trade"), trade);
        Assert.True(shipped.IsAccepted, "Shipping failed: " + shipped.ErrorCode);
        return trade;
    }

    private async Task<Trade> CloseAsync(Trade trade)
    {
        var closed = await _merchant.SendAsync(GatewayCases.All.Single(c => c.Name == "Closing an unpaid trade by trade_no"), trade);
        Assert.True(closed.IsAccepted, "Closing failed: " + closed.ErrorCode);
        return trade;
    }
}
