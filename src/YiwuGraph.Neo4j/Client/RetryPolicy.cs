namespace YiwuGraph.Neo4j.Client;

/// <summary>
/// The official drivers' retry rule: retry what <see cref="Neo4jErrorCodes.IsRetryable"/> allows, waiting
/// <c>initial × multiplier^n</c> with ±<see cref="JitterFactor"/> jitter, until <see cref="MaxRetryTime"/> has passed
/// since the first attempt or <see cref="MaxAttempts"/> attempts were made. The clock, the delay and the random
/// source are injectable so tests run without waiting.
/// </summary>
public sealed class RetryPolicy
{
    private readonly TimeProvider clock;
    private readonly Func<TimeSpan, CancellationToken, Task> delay;
    private readonly Func<double> random;

    public RetryPolicy(
        TimeProvider? clock = null,
        Func<TimeSpan, CancellationToken, Task>? delay = null,
        Func<double>? random = null)
    {
        this.clock = clock ?? TimeProvider.System;
        this.delay = delay ?? ((d, ct) => Task.Delay(d, this.clock, ct));
        this.random = random ?? Random.Shared.NextDouble;
    }

    /// <summary>A policy that never retries.</summary>
    public static RetryPolicy None { get; } = new() { MaxAttempts = 1 };

    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public double Multiplier { get; init; } = 2.0;

    /// <summary>Each delay is scaled by a factor drawn uniformly from <c>[1 - j, 1 + j]</c>.</summary>
    public double JitterFactor { get; init; } = 0.2;

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan MaxRetryTime { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxAttempts { get; init; } = 10;

    /// <summary>The delay before retry number <paramref name="retry"/> (0 = the first retry).</summary>
    public TimeSpan DelayFor(int retry)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retry);
        var baseMs = InitialDelay.TotalMilliseconds * Math.Pow(Multiplier, retry);
        var jitter = 1.0 + (JitterFactor * ((2.0 * random()) - 1.0));
        var ms = Math.Min(baseMs * jitter, MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(Math.Max(0, ms));
    }

    /// <summary>
    /// Runs <paramref name="action"/>, retrying retryable <see cref="Neo4jClientException"/>s. <paramref name="onRetry"/>
    /// hears of each retry (the failure and the wait) before the wait.
    /// </summary>
    public async Task<T> ExecuteAsync<T>(
        Func<CancellationToken, Task<T>> action,
        Action<Neo4jClientException, TimeSpan>? onRetry,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var started = clock.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await action(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jClientException ex) when (ex.IsRetryable && attempt < MaxAttempts)
            {
                var wait = DelayFor(attempt - 1);
                if (clock.GetElapsedTime(started) + wait > MaxRetryTime)
                {
                    throw;
                }

                onRetry?.Invoke(ex, wait);
                await delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
