using System.Net.Http.Headers;
using System.Text;
using Shop.AlipaySandbox;
using Shop.Domain.Payments.Alipay;
using Shop.Tests.Web;

namespace Shop.Tests.Sandbox;

/// <summary>
/// A buyer's browser at the sandbox: it posts the shop's auto-submitting form to gateway.do
/// (the action names the charset, the body is encoded in it), and presses the cashier's buttons.
/// </summary>
public sealed class SandboxBrowser(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static SandboxBrowser Open(ShopWebApplicationFactory factory, string? language = null)
    {
        var client = factory.CreateBrowser();
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return new SandboxBrowser(client);
    }

    /// <summary>The form as the shop posts it, encoded in <paramref name="charset"/> (by default the one the parameters name).</summary>
    public async Task<GatewayPage> SubmitAsync(IReadOnlyDictionary<string, string> parameters, AlipayCharset? charset = null)
    {
        charset ??= AlipayCharset.TryFromName(parameters.GetValueOrDefault("_input_charset"), out var named) ? named : AlipayCharset.GatewayDefault;
        using var content = new ByteArrayContent(Encoding.ASCII.GetBytes(AlipayFormEncoding.EncodeForm(parameters, charset)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        var response = await Client.PostAsync($"{SandboxGatewayController.Path}?_input_charset={charset.Name}", content);
        return await GatewayPage.ReadAsync(response);
    }

    public Task<GatewayPage> SubmitAsync(AlipaySignedRequest request) => SubmitAsync(request.Parameters, request.Charset);

    /// <summary>Presses a pay button of the cashier page; null takes its only (or first) one.</summary>
    public async Task<HttpResponseMessage> PayAsync(GatewayPage cashier, string? choice = null)
    {
        Assert.True(cashier.IsCashier, "Not a cashier page: " + cashier.ErrorCode);
        var token = HtmlFormExtensions.AntiforgeryTokenIn(cashier.Html) ?? throw new InvalidOperationException("The cashier page has no form token.");
        return await Client.PostAsync($"/sandbox/alipay/cashier/{cashier.TradeNo}/pay", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["choice"] = choice ?? cashier.PayChoices[0],
            [HtmlFormExtensions.AntiforgeryFieldName] = token,
        }));
    }

    /// <summary>Opens the cashier for the signed parameters and pays; the trade_no and the answer (a redirect to return_url).</summary>
    public async Task<(string TradeNo, HttpResponseMessage Paid)> PayAsync(IReadOnlyDictionary<string, string> signed, string? choice = null)
    {
        var cashier = await SubmitAsync(signed);
        return (cashier.TradeNo, await PayAsync(cashier, choice));
    }
}
