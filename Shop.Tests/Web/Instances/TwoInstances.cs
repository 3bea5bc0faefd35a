namespace Shop.Tests.Web.Instances;

/// <summary>Two shop instances on one database and one file folder, installed in different folders.</summary>
public sealed class TwoInstances : IDisposable
{
    public TwoInstances()
    {
        // One after the other, as a deployment migrates and seeds before the second starts.
        _ = First.Server;
        Second = new SecondInstanceFactory(First);
        _ = Second.Server;
    }

    public ShopWebApplicationFactory First { get; } = new();

    public SecondInstanceFactory Second { get; }

    public void Dispose()
    {
        Second.Dispose();
        First.Dispose();
    }
}
