using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Shop.Tests.Web;

/// <summary>
/// The test server has no network, so no client address: a test names the address a request
/// comes from in <see cref="Header"/>, as the connection's remote address, before the app's own
/// pipeline (forwarded headers, rate limits) sees it. Tests only.
/// </summary>
public sealed class ClientAddressStartupFilter : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
                context.Request.Headers.Remove(Header);
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}
