using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>
/// <c>import-products FILE.csv</c>: the product import as a command, for files larger than an
/// upload may be and for scripts. It prints what the import page shows, in the language of the
/// environment (LANG), and exits 0 when every row went in, 1 when the file or any row was
/// refused, 2 when there is no such file.
/// </summary>
public static class ProductImportCommand
{
    public const string Name = "import-products";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args)
    {
        if (args.Count != 2)
        {
            Console.Error.WriteLine($"usage: {Name} FILE.csv");
            return 2;
        }
        var path = Path.GetFullPath(args[1]);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"No such file: {path}");
            return 2;
        }

        using var scope = services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ShopDbContext>().Database.MigrateAsync();
        var localizer = scope.ServiceProvider.GetRequiredService<IStringLocalizer<SharedResource>>();
        ProductImportResult result;
        await using (var file = File.OpenRead(path))
        {
            result = await scope.ServiceProvider.GetRequiredService<ProductCsvImport>().ImportAsync(file, CancellationToken.None);
        }

        if (result.FileRefused)
        {
            Console.Error.WriteLine(localizer["The file was not imported; nothing was changed."]);
            foreach (var error in result.FileErrors)
            {
                Console.Error.WriteLine(ImportProblemText.Describe(error, localizer));
            }
            return 1;
        }
        Console.WriteLine(localizer["Added {0}, updated {1}, unchanged {2}, refused {3}.", result.Added, result.Updated, result.Unchanged, result.RefusedCount]);
        foreach (var row in result.Refused)
        {
            Console.Error.WriteLine(ImportProblemText.Describe(row, localizer));
        }
        if (result.RefusedCount > result.Refused.Count)
        {
            Console.Error.WriteLine(localizer["The first {0} refused rows are listed; {1} more were refused.", result.Refused.Count, result.RefusedCount - result.Refused.Count]);
        }
        return result.RefusedCount == 0 ? 0 : 1;
    }
}
