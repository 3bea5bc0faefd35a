using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Shop.Tests.Web;

/// <summary>
/// A merchant's notify_url for tests, at <c>/test-sink/{name}</c> of the test server (mapped by
/// <see cref="NotifySinkStartupFilter"/>, never by the app). It keeps the raw bytes of every POST
/// and answers with the bodies it was told to, in order, then <c>success</c>.
/// </summary>
public sealed class NotifySink
{
    public const string PathBase = "/test-sink";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _answers = new();
    private readonly ConcurrentQueue<ReceivedNotification> _received = new();

    /// <summary>A notify_url that no other test uses.</summary>
    public static string NewName() => "n" + Guid.NewGuid().ToString("N");

    public static string UrlFor(string name) => $"http://localhost{PathBase}/{name}";

    /// <summary>What the sink at <paramref name="name"/> answers to its next notifications.</summary>
    public void Answer(string name, params string[] bodies)
    {
        var queue = _answers.GetOrAdd(name, _ => new ConcurrentQueue<string>());
        foreach (var body in bodies)
        {
            queue.Enqueue(body);
        }
    }

    public IReadOnlyList<ReceivedNotification> ReceivedBy(string name) =>
        _received.Where(r => r.Sink == name).ToList();

    internal async Task HandleAsync(HttpContext context)
    {
        var name = context.Request.Path.Value!.Trim('/');
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        _received.Enqueue(new ReceivedNotification(name, body.ToArray(), context.Request.ContentType, DateTimeOffset.UtcNow));

        var answer = _answers.TryGetValue(name, out var queue) && queue.TryDequeue(out var scripted) ? scripted : "success";
        context.Response.ContentType = "text/plain";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(answer));
    }
}
