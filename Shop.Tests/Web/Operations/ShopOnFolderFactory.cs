namespace Shop.Tests.Web.Operations;

/// <summary>A test shop on a data folder made beforehand (a restored backup): shop.db and files/ in it.</summary>
public sealed class ShopOnFolderFactory(string folder) : ShopWebApplicationFactory(folder);
