using Shop.Web.Features.Mail;

namespace Shop.Web.Areas.Admin.Features.Orders;

/// <summary>One message about an order, as the admin's order page lists it (without its body).</summary>
public sealed record OrderMessageRow(
    long Id, MailKind Kind, string Recipient, string Culture, DateTime CreatedAt, int Attempts,
    DateTime? SentAt, DateTime? GaveUpAt, DateTime NextAttemptAt, string? LastError);
