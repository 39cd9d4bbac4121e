using YiwuGraph.Neo4j.Client;
using YiwuGraph.Neo4j.Tests.Support;

namespace YiwuGraph.Neo4j.Tests.Client;

public sealed class RetryPolicyTests
{
    [Theory]
    [InlineData(0.0, 800)]
    [InlineData(0.5, 1000)]
    [InlineData(1.0, 1200)]
    public void First_delay_is_the_initial_delay_with_twenty_percent_jitter(double random, int expectedMs)
    {
        var policy = new RetryPolicy(random: () => random);

        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), policy.DelayFor(0));
    }

    [Fact]
    public void Delays_grow_exponentially_and_are_capped()
    {
        var policy = new RetryPolicy(random: () => 0.5) { MaxDelay = TimeSpan.FromSeconds(5) };

        Assert.Equal(
            [1000, 2000, 4000, 5000, 5000],
            Enumerable.Range(0, 5).Select(i => policy.DelayFor(i).TotalMilliseconds).ToArray());
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", true)]
    [InlineData("Neo.TransientError.Transaction.LockWaitTimeout", true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", true)]
    [InlineData("Neo.TransientError.Transaction.ConstraintsChanged", true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", false)]
    [InlineData("Neo.ClientError.Transaction.Terminated", false)]
    [InlineData("Neo.ClientError.Security.AuthorizationExpired", true)]
    [InlineData("Neo.ClientError.Security.Unauthorized", false)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", false)]
    [InlineData(Neo4jErrorCodes.ServiceUnavailable, true)]
    [InlineData(Neo4jErrorCodes.ClientTimeout, false)]
    public void Retry_rule_is_the_drivers_rule(string code, bool retryable)
    {
        Assert.Equal(retryable, Neo4jErrorCodes.IsRetryable(code));
    }

    [Fact]
    public void Error_codes_map_to_exception_types()
    {
        Assert.IsType<Neo4jTransientException>(Neo4jErrorCodes.ToException(Neo4jErrorCodes.DeadlockDetected, "x", 503));
        Assert.IsType<Neo4jAuthenticationException>(Neo4jErrorCodes.ToException(Neo4jErrorCodes.Unauthorized, "x", 401));
        Assert.IsType<Neo4jClientException>(Neo4jErrorCodes.ToException(Neo4jErrorCodes.SyntaxError, "x", 400));
        Assert.Equal(Neo4jErrorClassification.DatabaseError, Neo4jErrorCodes.Classify("Neo.DatabaseError.General.UnknownError"));
        Assert.Equal(Neo4jErrorClassification.Unknown, Neo4jErrorCodes.Classify("Something.Else"));
    }

    [Fact]
    public async Task Retries_stop_at_max_attempts()
    {
        var clock = new ManualClock();
        var policy = new RetryPolicy(clock, clock.Delay, () => 0.5) { MaxAttempts = 3 };
        var calls = 0;

        await Assert.ThrowsAsync<Neo4jTransientException>(() => policy.ExecuteAsync<int>(
            _ =>
            {
                calls++;
                throw new Neo4jTransientException(Neo4jErrorCodes.DeadlockDetected, "deadlock");
            },
            null,
            TestContext.Current.CancellationToken));

        Assert.Equal(3, calls);
        Assert.Equal(2, clock.Delays.Count);
    }

    [Fact]
    public async Task Cancellation_during_back_off_stops_the_retries()
    {
        using var cts = new CancellationTokenSource();
        var policy = new RetryPolicy(delay: (_, ct) =>
        {
            cts.Cancel();
            return Task.Delay(Timeout.Infinite, ct);
        });
        var calls = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => policy.ExecuteAsync<int>(
            _ =>
            {
                calls++;
                throw new Neo4jTransientException(Neo4jErrorCodes.DeadlockDetected, "deadlock");
            },
            null,
            cts.Token));

        Assert.Equal(1, calls);
    }
}
