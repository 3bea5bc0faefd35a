namespace Shop.Tests.Web;

/// <summary>The system clock, moved forward on request, for what happens after minutes or hours (timeouts, expiry).</summary>
public sealed class TestClock : TimeProvider
{
    private long aheadTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref aheadTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref aheadTicks, by.Ticks);
}
