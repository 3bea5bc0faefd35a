namespace Shop.Domain.Catalog;

/// <summary>How a virtual product reaches its buyer once payment is confirmed.</summary>
public enum VirtualDelivery
{
    /// <summary>Physical products: shipped, not delivered on the order page.</summary>
    None,

    /// <summary>A unique code drawn from the product's pool; each code is sold once.</summary>
    Code,

    /// <summary>A file the buyer downloads from the order page.</summary>
    File,
}
