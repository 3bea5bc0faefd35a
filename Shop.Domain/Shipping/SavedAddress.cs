namespace Shop.Domain.Shipping;

/// <summary>An address a buyer shipped to before, offered again at checkout.</summary>
public class SavedAddress
{
    public const int MaxPerBuyer = 5;

    private SavedAddress()
    {
        UserId = "";
        Address = new ShippingAddress("", "", "", null, null);
    }

    public SavedAddress(string userId, ShippingAddress address, DateTime usedAt)
    {
        UserId = userId;
        Address = address;
        LastUsedAt = usedAt;
    }

    public int Id { get; private set; }
    public string UserId { get; private set; }
    public ShippingAddress Address { get; private set; }
    public DateTime LastUsedAt { get; private set; }

    public void Use(DateTime now) => LastUsedAt = now;
}
