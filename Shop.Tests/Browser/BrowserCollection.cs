namespace Shop.Tests.Browser;

/// <summary>
/// Browser tests share one shop and one Chromium, and run one at a time, after the other tests
/// rather than beside them: a browser and a server on a two-core machine are enough load.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
