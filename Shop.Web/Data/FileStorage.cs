namespace Shop.Web.Data;

/// <summary>
/// Where the shop keeps files it is given (product pictures, downloads of virtual goods):
/// <c>Storage:Root</c>, by default App_Data under the content root, beside the database.
/// </summary>
public class FileStorage
{
    public FileStorage(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var root = configuration["Storage:Root"] ?? "App_Data";
        Root = Path.IsPathRooted(root) ? root : Path.Combine(environment.ContentRootPath, root);
        Downloads = Path.Combine(Root, "downloads");
        Images = Path.Combine(Root, "images");
        Directory.CreateDirectory(Downloads);
        Directory.CreateDirectory(Images);
    }

    public string Root { get; }
    public string Downloads { get; }
    public string Images { get; }
}
