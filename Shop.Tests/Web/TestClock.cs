namespace Shop.Tests.Web;

/// <summary>The system clock, moved forward on request, for what happens after minutes or hours (timeouts, expiry).</summary>
public sealed class TestClock : TimeProvider
{
    private long _aheadTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _aheadTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _aheadTicks, by.Ticks);
}
