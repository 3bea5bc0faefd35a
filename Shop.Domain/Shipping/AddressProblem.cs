namespace Shop.Domain.Shipping;

public enum AddressProblemKind
{
    Required,
    TooLong,
    InvalidZip,
    InvalidPhone,
    InvalidMobile,
    PhoneOrMobileRequired,

    /// <summary>Holds one of <c>&amp; = % + #</c> or a control character, which a signed request cannot carry.</summary>
    ForbiddenCharacters,
}

/// <summary>Why an address was refused, and which field (Alipay's <c>receive_*</c> names) to fix.</summary>
public sealed record AddressProblem(string Field, AddressProblemKind Kind, int? Limit = null);
