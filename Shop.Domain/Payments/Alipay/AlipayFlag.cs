namespace Shop.Domain.Payments.Alipay;

/// <summary>
/// Alipay's one-letter booleans: Y/N in notifications, T/F in <c>is_success</c> and in the
/// XML answers. Anything else reads as null rather than as a guess.
/// </summary>
internal static class AlipayFlag
{
    public static bool? ParseYesNo(string? text) => text switch
    {
        "Y" => true,
        "N" => false,
        _ => null,
    };

    public static bool? ParseTrueFalse(string? text) => text switch
    {
        "T" => true,
        "F" => false,
        _ => null,
    };

    public static string FormatTrueFalse(bool value) => value ? "T" : "F";
}
