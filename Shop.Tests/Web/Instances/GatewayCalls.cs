using System.Collections.Concurrent;
using System.Web;

namespace Shop.Tests.Web.Instances;

/// <summary>
/// Counts the calls instances make to Alipay's gateway, by service, on their way to the one gateway
/// they share (the first instance's sandbox); can hold close_trade calls until released.
/// </summary>
public sealed class GatewayCalls
{
    private readonly ConcurrentQueue<string> _services = new();
    private volatile TaskCompletionSource _closing = Open();

    public int Count(string service) => _services.Count(s => s == service);

    /// <summary>From now on close_trade calls wait at the door until <see cref="ReleaseClosing"/>.</summary>
    public void HoldClosing() => _closing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseClosing() => _closing.TrySetResult();

    public DelegatingHandler Handler(HttpMessageHandler gateway) => new Counting(this) { InnerHandler = gateway };

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private sealed class Counting(GatewayCalls calls) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var service = HttpUtility.ParseQueryString(request.RequestUri?.Query ?? "")["service"];
            if (service is null && request.Content is not null)
            {
                await request.Content.LoadIntoBufferAsync(cancellationToken);
                service = HttpUtility.ParseQueryString(await request.Content.ReadAsStringAsync(cancellationToken))["service"];
            }
            calls._services.Enqueue(service ?? "");
            if (service == "close_trade")
            {
                await calls._closing.Task.WaitAsync(cancellationToken);
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
