using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Shop.Tests.Web.Payments;

/// <summary>
/// A gateway.do for tests, at <see cref="Path"/> of the test server: it answers notify_verify
/// with the word it is told (<c>true</c> unless told otherwise), or, once <see cref="Stall"/> is
/// called, holds every call until <see cref="Resume"/> or until the caller gives up.
/// </summary>
public sealed class ScriptedGateway
{
    public const string Path = "/test-gateway/gateway.do";

    private volatile string _answer = "true";
    private volatile TaskCompletionSource _released = Released();
    private int _calls;
    private int _abandoned;

    /// <summary>How many calls arrived.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>How many stalled calls the caller gave up on (it cancelled the request).</summary>
    public int Abandoned => Volatile.Read(ref _abandoned);

    public void Answer(string word) => _answer = word;

    public void Stall() => _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Resume() => _released.TrySetResult();

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _calls);
        try
        {
            await _released.Task.WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref _abandoned);
            return;
        }
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync(_answer);
    }

    /// <summary>Puts the gateway in front of the app's own pipeline, in tests only.</summary>
    public sealed class StartupFilter(ScriptedGateway gateway) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(Path, branch => branch.Run(gateway.HandleAsync));
            next(app);
        };
    }
}
