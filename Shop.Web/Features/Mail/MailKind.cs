namespace Shop.Web.Features.Mail;

/// <summary>Every message the shop sends. Stored by name, so the numbers may change.</summary>
public enum MailKind
{
    OrderPlaced,
    PaymentReceived,
    GoodsDelivered,
    Shipped,
    Completed,
    ClosedUnpaid,
    Refunded,
    DonationReceipt,

    EmailConfirmation,
    EmailChange,
    PasswordReset,

    /// <summary>Someone tried to register with an address that has an account: its owner is told, the form says nothing.</summary>
    RegistrationAttempt,

    AdminPaidAfterClosing,
    AdminAmountMismatch,

    /// <summary>Virtual goods paid for with less than their price (lowered on Alipay): held until an admin releases them.</summary>
    AdminHeldForReview,
    AdminRefundFailed,
}
