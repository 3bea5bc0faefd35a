using System.Text;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Data;

namespace Shop.Web.Areas.Admin.Features.ProductCodes;

/// <summary>
/// The codes of a code-delivered product. The product's stock is the number of unsold codes not
/// held for unpaid orders, so every change to the pool changes the stock in the same save.
/// </summary>
public class ProductCodePool(ShopDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>A codes file is plain text: a megabyte holds tens of thousands of codes.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    public async Task<ProductCodesPage?> PageAsync(int productId, int page, string? pastedCodes = null)
    {
        var product = await FindProductAsync(productId, tracked: false);
        if (product is null)
        {
            return null;
        }
        var codes = db.ProductCodes.AsNoTracking().Where(c => c.ProductId == productId);
        var unsold = await codes.CountAsync(c => c.OrderId == null);
        var sold = await codes.CountAsync(c => c.OrderId != null);
        var totalPages = Math.Max(1, (int)Math.Ceiling((unsold + sold) / (double)PageSize));
        page = Math.Clamp(page, 1, totalPages);

        // Unsold codes first, since those are the ones the admin can act on; newest first within each.
        var pageOfCodes = await codes
            .OrderBy(c => c.OrderId != null).ThenByDescending(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync();
        var orderIds = pageOfCodes.Where(c => c.OrderId is not null).Select(c => c.OrderId!.Value).Distinct().ToList();
        var orderNumbers = await db.Orders.AsNoTracking()
            .Where(o => orderIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Number);
        var rows = pageOfCodes
            .Select(c => new ProductCodeRow(c.Id, c.Code, c.AddedAt, c.OrderId is { } id ? orderNumbers.GetValueOrDefault(id) : null, c.SoldAt))
            .ToList();
        return new ProductCodesPage(product, rows, unsold, sold, page, totalPages, pastedCodes);
    }

    /// <summary>
    /// Adds the codes pasted and those of a text file, one a line. Blank lines are ignored; a code
    /// given twice, or already in the pool, is skipped and counted. Null when there is no such pool.
    /// </summary>
    public async Task<CodeUpload?> AddAsync(int productId, string? pastedCodes, IFormFile? file)
    {
        var product = await FindProductAsync(productId, tracked: true);
        if (product is null)
        {
            return null;
        }
        var lines = new List<string>();
        if (file is { Length: > 0 })
        {
            if (file.Length > MaxFileBytes)
            {
                return CodeUpload.Refused(FormProblem.CodesFileTooLarge, MaxFileBytes);
            }
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var text = await reader.ReadToEndAsync();
            if (text.Contains('\0'))
            {
                return CodeUpload.Refused(FormProblem.CodesFileNotText);
            }
            lines.AddRange(CodesIn(text));
        }
        lines.AddRange(CodesIn(pastedCodes));
        if (lines.Count == 0)
        {
            return CodeUpload.Refused(FormProblem.CodesMissing);
        }
        if (lines.FirstOrDefault(l => l.Length > ProductCode.MaxLength) is { } tooLong)
        {
            return CodeUpload.Refused(FormProblem.CodeTooLong, ProductCode.MaxLength, tooLong[..20]);
        }

        var distinct = lines.Distinct(StringComparer.Ordinal).ToList();
        var inPool = await db.ProductCodes
            .Where(c => c.ProductId == productId && distinct.Contains(c.Code))
            .Select(c => c.Code)
            .ToListAsync();
        var added = distinct.Except(inPool, StringComparer.Ordinal).ToList();
        if (added.Count > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.ProductCodes.AddRange(added.Select(code => new ProductCode(productId, code, now)));
            product.AddCodes(added.Count);
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // The same codes uploaded twice at once, or an order reserved stock meanwhile.
                db.ChangeTracker.Clear();
                return CodeUpload.Refused(FormProblem.ChangedMeanwhileTryAgain);
            }
        }
        return new CodeUpload(added.Count, lines.Count - added.Count, null);
    }

    /// <summary>Removes an unsold code, lowering the stock; sold codes stay as the record of what a buyer got.</summary>
    public async Task<(CodeRemoval Outcome, string? OrderNumber)> RemoveAsync(int productId, int codeId)
    {
        var code = await db.ProductCodes.FirstOrDefaultAsync(c => c.Id == codeId && c.ProductId == productId);
        var product = await FindProductAsync(productId, tracked: true);
        if (code is null || product is null)
        {
            return (CodeRemoval.NotFound, null);
        }
        if (code.IsSold)
        {
            var orderNumber = await db.Orders.Where(o => o.Id == code.OrderId).Select(o => o.Number).FirstOrDefaultAsync();
            return (CodeRemoval.Sold, orderNumber);
        }
        if (!product.TryRemoveCodes(1))
        {
            return (CodeRemoval.Held, null);
        }
        db.ProductCodes.Remove(code);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // The code was sold, or stock reserved, between reading and removing.
            db.ChangeTracker.Clear();
            return (CodeRemoval.Conflict, null);
        }
        return (CodeRemoval.Removed, null);
    }

    private Task<Product?> FindProductAsync(int productId, bool tracked)
    {
        var products = tracked ? db.Products : db.Products.AsNoTracking();
        return products.FirstOrDefaultAsync(p => p.Id == productId && p.Delivery == VirtualDelivery.Code);
    }

    private static IEnumerable<string> CodesIn(string? text) =>
        (text ?? "").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0);
}
