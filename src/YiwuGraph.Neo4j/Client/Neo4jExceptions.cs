using YiwuGraph.Core;

namespace YiwuGraph.Neo4j.Client;

/// <summary>
/// A failure reported by Neo4j or met while talking to it. <see cref="Code"/> is Neo4j's status code
/// (<c>Neo.ClientError.Statement.SyntaxError</c>) or one of <see cref="Neo4jErrorCodes"/>' local codes.
/// </summary>
public class Neo4jClientException : YiwuGraphException
{
    public Neo4jClientException(string code, string message, int? httpStatus = null, Exception? innerException = null)
        : base(Format(code, message), innerException ?? new InvalidOperationException(message))
    {
        Code = code;
        ServerMessage = message;
        HttpStatus = httpStatus;
    }

    public string Code { get; }

    /// <summary>The message as the server (or the transport) gave it, without the code prefix.</summary>
    public string ServerMessage { get; }

    public int? HttpStatus { get; }

    public Neo4jErrorClassification Classification => Neo4jErrorCodes.Classify(Code);

    /// <summary>True when the drivers' rule says the same work may be tried again.</summary>
    public bool IsRetryable => Neo4jErrorCodes.IsRetryable(Code);

    private static string Format(string code, string message) => $"Neo4j {code}: {message}";
}

/// <summary>A <c>Neo.TransientError.*</c> (or an unreachable server): trying again later may succeed.</summary>
public sealed class Neo4jTransientException : Neo4jClientException
{
    public Neo4jTransientException(string code, string message, int? httpStatus = null, Exception? innerException = null)
        : base(code, message, httpStatus, innerException)
    {
    }
}

/// <summary>The server refused the credentials (HTTP 401/403 or <c>Neo.ClientError.Security.*</c>).</summary>
public sealed class Neo4jAuthenticationException : Neo4jClientException
{
    public Neo4jAuthenticationException(string code, string message, int? httpStatus = null)
        : base(code, message, httpStatus)
    {
    }
}

/// <summary>A request took longer than the configured timeout; the server may still be working on it.</summary>
public sealed class Neo4jTimeoutException : Neo4jClientException
{
    public Neo4jTimeoutException(TimeSpan timeout, string what, Exception? innerException = null)
        : base(Neo4jErrorCodes.ClientTimeout, $"{what} got no answer within {timeout.TotalSeconds:0.###} s; the server may still be working on it (raise --timeout or lower --batch-size)", null, innerException)
    {
        Timeout = timeout;
    }

    public TimeSpan Timeout { get; }
}
