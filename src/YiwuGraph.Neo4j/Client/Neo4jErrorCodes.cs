namespace YiwuGraph.Neo4j.Client;

/// <summary>The class of a Neo4j status code: the second dotted part of <c>Neo.{Class}.{Category}.{Title}</c>.</summary>
public enum Neo4jErrorClassification
{
    ClientError,
    TransientError,
    DatabaseError,
    Unknown,
}

/// <summary>
/// Neo4j status codes we act on, and the official drivers' retry rule: every <c>Neo.TransientError.*</c> except
/// <c>Transaction.Terminated</c> and <c>Transaction.LockClientStopped</c> (5.x reclassifies those as client errors),
/// plus <c>Security.AuthorizationExpired</c> and an unavailable service.
/// </summary>
public static class Neo4jErrorCodes
{
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";
    public const string Forbidden = "Neo.ClientError.Security.Forbidden";
    public const string AuthorizationExpired = "Neo.ClientError.Security.AuthorizationExpired";
    public const string SyntaxError = "Neo.ClientError.Statement.SyntaxError";
    public const string ConstraintValidationFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";
    public const string DatabaseNotFound = "Neo.ClientError.Database.DatabaseNotFound";
    public const string DeadlockDetected = "Neo.TransientError.Transaction.DeadlockDetected";
    public const string LockWaitTimeout = "Neo.TransientError.Transaction.LockWaitTimeout";
    public const string DatabaseUnavailable = "Neo.TransientError.General.DatabaseUnavailable";
    public const string ConstraintsChanged = "Neo.TransientError.Transaction.ConstraintsChanged";
    public const string TransientTerminated = "Neo.TransientError.Transaction.Terminated";
    public const string TransientLockClientStopped = "Neo.TransientError.Transaction.LockClientStopped";

    /// <summary>Local code: the server could not be reached or answered 502/503/504 (the drivers' ServiceUnavailable).</summary>
    public const string ServiceUnavailable = "YiwuGraph.Neo4j.ServiceUnavailable";

    /// <summary>Local code: no answer within the request timeout.</summary>
    public const string ClientTimeout = "YiwuGraph.Neo4j.Timeout";

    /// <summary>Local code: the server answered something that is not the documented JSON.</summary>
    public const string ProtocolError = "YiwuGraph.Neo4j.ProtocolError";

    public static Neo4jErrorClassification Classify(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var parts = code.Split('.');
        if (parts.Length < 2 || parts[0] != "Neo")
        {
            return Neo4jErrorClassification.Unknown;
        }

        return parts[1] switch
        {
            "ClientError" => Neo4jErrorClassification.ClientError,
            "TransientError" => Neo4jErrorClassification.TransientError,
            "DatabaseError" => Neo4jErrorClassification.DatabaseError,
            _ => Neo4jErrorClassification.Unknown,
        };
    }

    public static bool IsRetryable(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code is ServiceUnavailable or AuthorizationExpired)
        {
            return true;
        }

        return Classify(code) == Neo4jErrorClassification.TransientError
            && code is not TransientTerminated and not TransientLockClientStopped;
    }

    public static bool IsAuthentication(string code) =>
        code is Unauthorized or Forbidden || code.StartsWith("Neo.ClientError.Security.Authentication", StringComparison.Ordinal);

    /// <summary>The exception type that fits a status code.</summary>
    public static Neo4jClientException ToException(string code, string message, int? httpStatus)
    {
        if (IsAuthentication(code) || httpStatus is 401 or 403)
        {
            return new Neo4jAuthenticationException(code, message, httpStatus);
        }

        return IsRetryable(code)
            ? new Neo4jTransientException(code, message, httpStatus)
            : new Neo4jClientException(code, message, httpStatus);
    }
}
