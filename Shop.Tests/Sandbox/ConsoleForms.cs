using Shop.Tests.Web;

namespace Shop.Tests.Sandbox;

/// <summary>Pressing the buttons of the sandbox console's trade page, anti-forgery token included.</summary>
public static class ConsoleForms
{
    public static Task<HttpResponseMessage> ActOnTradeAsync(
        this HttpClient client, string tradeNo, string action, Dictionary<string, string>? fields = null) =>
        client.SubmitFormAsync($"/sandbox/alipay/trades/{tradeNo}", fields ?? [], action: $"/sandbox/alipay/trades/{tradeNo}/{action}");
}
