using Microsoft.EntityFrameworkCore;

namespace Shop.AlipaySandbox;

/// <summary>
/// notify_verify (docs/alipay-protocol.md §5): <c>true</c> for a notify_id the sandbox gave this
/// partner that is still valid, <c>false</c> for any other id, <c>invalid</c> when the partner or
/// the id is missing or malformed. The id is accepted as issued or percent-encoded once more, since
/// merchants often encode it twice.
/// </summary>
public class NotifyVerification(SandboxDbContext db, TimeProvider clock)
{
    public async Task<string> AnswerAsync(IReadOnlyDictionary<string, string> parameters, CancellationToken cancellationToken)
    {
        var partner = parameters.GetValueOrDefault("partner");
        var notifyId = parameters.GetValueOrDefault("notify_id");
        if (!IsPartner(partner) || string.IsNullOrEmpty(notifyId) || notifyId.Length > 3 * IssuedNotifyId.MaxLength || notifyId.Any(char.IsWhiteSpace))
        {
            return "invalid";
        }

        var candidates = new[] { notifyId, Uri.UnescapeDataString(notifyId) }.Distinct().ToList();
        var issued = await db.NotifyIds
            .Where(n => candidates.Contains(n.Value) && n.Partner == partner)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return issued.Any(n => n.IsValid(now)) ? "true" : "false";
    }

    private static bool IsPartner(string? partner) =>
        partner is { Length: 16 } && partner.StartsWith("2088", StringComparison.Ordinal) && partner.All(char.IsAsciiDigit);
}
