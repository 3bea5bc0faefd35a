using Microsoft.AspNetCore.Hosting;

namespace Shop.Tests.Web.Instances;

/// <summary>
/// A second shop instance on the shop database (SQLite's file or PostgreSQL's database) and stored files of another
/// <see cref="ShopWebApplicationFactory"/>, installed in a folder of its own: its content root is a
/// copy of the shop's settings files elsewhere, as a second install on another machine would be.
/// Its local Alipay gateway keeps its own data, in a folder of its own.
/// </summary>
public sealed class SecondInstanceFactory(ShopWebApplicationFactory first) : ShopWebApplicationFactory
{
    private readonly string _installFolder = Directory.CreateTempSubdirectory("shop-install-").FullName;

    public string InstallFolder => _installFolder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var shopProject = SourceTree.WebProject;
        foreach (var settings in Directory.GetFiles(shopProject, "appsettings*.json"))
        {
            File.Copy(settings, Path.Combine(_installFolder, Path.GetFileName(settings)), overwrite: true);
        }
        builder.UseContentRoot(_installFolder);
        builder.UseSetting("Database:Provider", first.Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Shop", first.Database.ConnectionString);
        builder.UseSetting("Storage:Root", Path.Combine(first.DataFolder, "files"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_installFolder))
        {
            Directory.Delete(_installFolder, recursive: true);
        }
    }
}
