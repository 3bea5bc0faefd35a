using System.Security.Cryptography;
using System.Text;

namespace Shop.Domain.Ordering;

/// <summary>What a donor chose to say about their gift.</summary>
public class DonationDetails
{
    public const int DonorNameMaxLength = 40;
    public const int MessageMaxLength = 200;

    private DonationDetails()
    {
    }

    public const int AccessKeyLength = 22;

    private const string AccessKeyCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public DonationDetails(string? donorName, string? message, bool isAnonymous)
    {
        DonorName = Clean(donorName, DonorNameMaxLength, nameof(donorName));
        Message = Clean(message, MessageMaxLength, nameof(message));
        IsAnonymous = isAnonymous;
        AccessKey = RandomNumberGenerator.GetString(AccessKeyCharacters, AccessKeyLength);
    }

    public string? DonorName { get; private set; }
    public string? Message { get; private set; }
    public bool IsAnonymous { get; private set; }

    /// <summary>An admin hid the message from the public donation page.</summary>
    public bool MessageHidden { get; private set; }

    /// <summary>
    /// The secret of the thank-you page's link (about 131 random bits): a donation's number can be
    /// guessed, this cannot. Null for donations made before there were keys.
    /// </summary>
    public string? AccessKey { get; private set; }

    /// <summary>Whether <paramref name="key"/> is this donation's key, compared in constant time.</summary>
    public bool IsAccessKey(string? key) =>
        AccessKey is { } expected && key is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(key));

    public void HideMessage() => MessageHidden = true;

    public void ShowMessage() => MessageHidden = false;

    /// <summary>The donor deleted their account: the gift stays, anonymous and without its message.</summary>
    public void Erase()
    {
        DonorName = null;
        Message = null;
        IsAnonymous = true;
    }

    private static string? Clean(string? value, int maxLength, string parameterName)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        return trimmed.Length <= maxLength
            ? trimmed
            : throw new ArgumentException($"At most {maxLength} characters.", parameterName);
    }
}
