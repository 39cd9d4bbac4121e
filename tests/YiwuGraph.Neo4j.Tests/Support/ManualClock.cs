namespace YiwuGraph.Neo4j.Tests.Support;

/// <summary>A clock that moves only when told; delays recorded by the retry policy advance it.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long ticks;

    public List<TimeSpan> Delays { get; } = [];

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref ticks);

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(GetTimestamp());

    public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);

    /// <summary>A delay function for <c>RetryPolicy</c> that records the wait and advances the clock at once.</summary>
    public Task Delay(TimeSpan wait, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Delays.Add(wait);
        Advance(wait);
        return Task.CompletedTask;
    }
}
