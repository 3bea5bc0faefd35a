namespace Shop.AlipaySandbox;

/// <summary>One POST of a notification to the merchant's notify_url, and what came back.</summary>
public class NotificationAttempt
{
    private NotificationAttempt()
    {
    }

    /// <summary>How much of the merchant's answer is kept.</summary>
    public const int BodyLength = 500;

    public int Id { get; private set; }

    public int NotificationId { get; private set; }

    public DateTime AttemptedAt { get; private set; }

    /// <summary>The HTTP status, or null when the merchant could not be reached.</summary>
    public int? StatusCode { get; private set; }

    /// <summary>The start of the answer's body.</summary>
    public string? Body { get; private set; }

    /// <summary>Why the merchant could not be reached (connection refused, timeout).</summary>
    public string? Error { get; private set; }

    /// <summary>HTTP 200 with a body of exactly the 7 bytes <c>success</c>.</summary>
    public bool Succeeded { get; private set; }

    public static NotificationAttempt Answered(DateTime at, int statusCode, string body, bool succeeded) => new()
    {
        AttemptedAt = at,
        StatusCode = statusCode,
        Body = body.Length > BodyLength ? body[..BodyLength] : body,
        Succeeded = succeeded,
    };

    public static NotificationAttempt Unreachable(DateTime at, string error) => new()
    {
        AttemptedAt = at,
        Error = error.Length > BodyLength ? error[..BodyLength] : error,
    };
}
