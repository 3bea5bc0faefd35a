namespace Shop.Domain.Ordering;

/// <summary>What a donor chose to say about their gift.</summary>
public class DonationDetails
{
    public const int DonorNameMaxLength = 40;
    public const int MessageMaxLength = 200;

    private DonationDetails()
    {
    }

    public DonationDetails(string? donorName, string? message, bool isAnonymous)
    {
        DonorName = Clean(donorName, DonorNameMaxLength, nameof(donorName));
        Message = Clean(message, MessageMaxLength, nameof(message));
        IsAnonymous = isAnonymous;
    }

    public string? DonorName { get; private set; }
    public string? Message { get; private set; }
    public bool IsAnonymous { get; private set; }

    /// <summary>An admin hid the message from the public donation page.</summary>
    public bool MessageHidden { get; private set; }

    public void HideMessage() => MessageHidden = true;

    public void ShowMessage() => MessageHidden = false;

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
