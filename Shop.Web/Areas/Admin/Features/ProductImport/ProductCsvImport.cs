using System.Text;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Areas.Admin.Features.Products;
using Shop.Web.Areas.Admin.Features.Shared;
using Shop.Web.Data;
using Shop.Web.Features.Catalog;

namespace Shop.Web.Areas.Admin.Features.ProductImport;

/// <summary>
/// Adds and updates products from a CSV file, matched by slug. Every row is checked with the
/// product form's rules (<see cref="NameAndSlug"/>, <see cref="ProductFieldRules"/>, and the
/// <see cref="Product"/>'s own), and a refused row is reported with its line while the others go
/// in. The file is read as it streams in, and valid rows are written a batch at a time: one
/// transaction, one query for the batch's products by slug, one INSERT and one UPDATE
/// (<see cref="ProductWriter"/>), so a file of 100,000 rows takes about 300 statements.
/// A new virtual product is delivered by code (its codes are added on its codes page), since a CSV
/// file cannot carry the download of a file-delivered one.
/// </summary>
public class ProductCsvImport(ShopDbContext db, ProductWriter writer, CatalogCache catalogCache, TimeProvider clock)
{
    public const int BatchSize = 1000;

    private const string DescriptionField = "Description";

    /// <summary>How many refused rows a result lists; it counts them all.</summary>
    public const int MaxListedRows = 1000;

    private static readonly Dictionary<string, string> ColumnOfField = new()
    {
        [NameAndSlug.NameField] = ProductCsvColumns.Name,
        [NameAndSlug.NameField + LocalizedTextFields.ChineseSuffix] = ProductCsvColumns.NameZh,
        [NameAndSlug.NameField + LocalizedTextFields.EnglishSuffix] = ProductCsvColumns.NameEn,
        ["Slug"] = ProductCsvColumns.Slug,
        [DescriptionField + LocalizedTextFields.ChineseSuffix] = ProductCsvColumns.DescriptionZh,
        [DescriptionField + LocalizedTextFields.EnglishSuffix] = ProductCsvColumns.DescriptionEn,
        [nameof(ProductForm.Price)] = ProductCsvColumns.Price,
        [nameof(ProductForm.Stock)] = ProductCsvColumns.Stock,
        [nameof(ProductForm.CategoryId)] = ProductCsvColumns.Category,
    };

    public async Task<ProductImportResult> ImportAsync(Stream file, CancellationToken cancellationToken)
    {
        // Bytes that are not UTF-8 become U+FFFD, which refuses their row with a reason rather than the whole file.
        using var text = new StreamReader(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false),
            detectEncodingFromByteOrderMarks: true);
        await using var records = CsvRecords.ReadAsync(text, cancellationToken).GetAsyncEnumerator(cancellationToken);
        if (!await records.MoveNextAsync())
        {
            return ProductImportResult.RefusedFile(ImportError.Of(ImportProblem.FileEmpty));
        }
        var errors = new List<ImportError>();
        if (ProductCsvColumns.Read(records.Current.Fields, errors) is not { } columns)
        {
            return ProductImportResult.RefusedFile([.. errors]);
        }

        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        var tally = new Tally();
        var firstLineOfSlug = new Dictionary<string, int>(StringComparer.Ordinal);
        var batch = new List<ProductCsvRow>(BatchSize);
        var refused = new List<RefusedRow>();
        while (await records.MoveNextAsync())
        {
            var record = records.Current;
            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue; // the empty rows a spreadsheet leaves at the end
            }
            var rowErrors = new List<ImportError>();
            if (ReadRow(record, columns, categories, firstLineOfSlug, rowErrors) is { } row)
            {
                batch.Add(row);
            }
            else
            {
                refused.Add(new RefusedRow(record.Line, rowErrors));
            }
            if (batch.Count == BatchSize)
            {
                await WriteAsync(batch, refused, tally, cancellationToken);
            }
        }
        await WriteAsync(batch, refused, tally, cancellationToken);
        return tally.Result();
    }

    private static ProductCsvRow? ReadRow(
        CsvRecord record, ProductCsvColumns columns, Dictionary<string, int> categories,
        Dictionary<string, int> firstLineOfSlug, List<ImportError> errors)
    {
        switch (record.Problem)
        {
            case CsvProblem.QuoteNotClosed:
                errors.Add(ImportError.Of(ImportProblem.QuoteNotClosed));
                return null;
            case CsvProblem.TextAfterClosingQuote:
                errors.Add(ImportError.Of(ImportProblem.TextAfterClosingQuote));
                return null;
            case CsvProblem.FieldTooLong:
                errors.Add(ImportError.Of(ImportProblem.FieldTooLong, CsvRecords.MaxFieldLength));
                return null;
        }
        if (record.Fields.Count != columns.Count)
        {
            errors.Add(ImportError.Of(ImportProblem.FieldCount, record.Fields.Count, columns.Count));
            return null;
        }
        if (record.Fields.Any(field => field.Contains('\uFFFD')))
        {
            errors.Add(ImportError.Of(ImportProblem.NotUtf8));
            return null;
        }

        var formErrors = new List<FieldError>();
        var typedName = Texts(record, columns, ProductCsvColumns.Name, ProductCsvColumns.NameZh, ProductCsvColumns.NameEn);
        var (name, slug, slugIsValid) = NameAndSlug.Read(
            typedName.Chinese, typedName.English, columns.Field(record, ProductCsvColumns.Slug), Product.NameMaxLength, formErrors);
        var description = columns.Has(ProductCsvColumns.Description) || columns.Has(ProductCsvColumns.DescriptionZh) || columns.Has(ProductCsvColumns.DescriptionEn)
            ? Texts(record, columns, ProductCsvColumns.Description, ProductCsvColumns.DescriptionZh, ProductCsvColumns.DescriptionEn)
            : null;
        if (description is not null)
        {
            LocalizedTextFields.Read(DescriptionField, description.Chinese, description.English, Product.DescriptionMaxLength, formErrors);
        }
        var price = ProductFieldRules.ReadPrice(columns.Field(record, ProductCsvColumns.Price), formErrors);
        var categoryId = ReadCategory(columns.Field(record, ProductCsvColumns.Category), categories, formErrors, errors);
        var kind = ReadKind(columns.Field(record, ProductCsvColumns.Kind), errors);
        var stockText = columns.Field(record, ProductCsvColumns.Stock);
        int? stock = kind != ProductKind.Virtual || !string.IsNullOrWhiteSpace(stockText)
            ? ProductFieldRules.ReadStock(stockText, formErrors)
            : null;
        var published = ReadFlag(record, columns, ProductCsvColumns.Published, errors);
        var featured = ReadFlag(record, columns, ProductCsvColumns.Featured, errors);

        if (slugIsValid && !firstLineOfSlug.TryAdd(slug, record.Line))
        {
            errors.Add(ImportError.In(ProductCsvColumns.Slug, ImportProblem.SlugRepeated, slug, firstLineOfSlug[slug]));
        }
        errors.InsertRange(0, formErrors.Select(e => ImportError.Form(ColumnOf(e.Field, columns), e)));
        return errors.Count > 0 || kind is null
            ? null
            : new ProductCsvRow(record.Line, slug, name, description, price, categoryId, kind.Value, stock, published, featured);
    }

    /// <summary>The column a form field's problem is reported in: a language's own column, or the one-language column when the file has no such column.</summary>
    private static string ColumnOf(string field, ProductCsvColumns columns)
    {
        var column = ColumnOfField[field];
        return columns.Has(column) ? column : column switch
        {
            ProductCsvColumns.NameZh or ProductCsvColumns.NameEn => ProductCsvColumns.Name,
            ProductCsvColumns.DescriptionZh or ProductCsvColumns.DescriptionEn => ProductCsvColumns.Description,
            _ => column,
        };
    }

    /// <summary>
    /// A text from its one-language column (Chinese when it holds a Chinese character, English
    /// otherwise) and its per-language columns, which win for their language.
    /// </summary>
    private static LocalizedText Texts(CsvRecord record, ProductCsvColumns columns, string either, string chinese, string english)
    {
        var byScript = LocalizedText.ByScript(columns.Field(record, either));
        var typedChinese = new LocalizedText(columns.Field(record, chinese), null).Chinese;
        var typedEnglish = new LocalizedText(null, columns.Field(record, english)).English;
        return new LocalizedText(typedChinese ?? byScript.Chinese, typedEnglish ?? byScript.English);
    }

    private static int ReadCategory(
        string? typed, Dictionary<string, int> categories, List<FieldError> formErrors, List<ImportError> errors)
    {
        var slug = typed?.Trim().ToLowerInvariant() ?? "";
        if (slug.Length == 0)
        {
            formErrors.Add(new(nameof(ProductForm.CategoryId), FormProblem.CategoryMissing));
            return 0;
        }
        if (categories.TryGetValue(slug, out var id))
        {
            return id;
        }
        errors.Add(ImportError.In(ProductCsvColumns.Category, ImportProblem.CategoryUnknown, slug));
        return 0;
    }

    private static ProductKind? ReadKind(string? typed, List<ImportError> errors)
    {
        var kind = typed?.Trim();
        if (string.Equals(kind, nameof(ProductKind.Physical), StringComparison.OrdinalIgnoreCase))
        {
            return ProductKind.Physical;
        }
        if (string.Equals(kind, nameof(ProductKind.Virtual), StringComparison.OrdinalIgnoreCase))
        {
            return ProductKind.Virtual;
        }
        errors.Add(ImportError.In(ProductCsvColumns.Kind, ImportProblem.KindInvalid));
        return null;
    }

    /// <summary>true or false; null for a column the file lacks or an empty cell.</summary>
    private static bool? ReadFlag(CsvRecord record, ProductCsvColumns columns, string column, List<ImportError> errors)
    {
        var value = columns.Field(record, column)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }
        errors.Add(ImportError.In(column, ImportProblem.NotTrueOrFalse));
        return null;
    }

    /// <summary>Writes a batch of checked rows in one transaction, and counts it with the rows refused since the last one.</summary>
    private async Task WriteAsync(List<ProductCsvRow> batch, List<RefusedRow> refused, Tally tally, CancellationToken cancellationToken)
    {
        if (batch.Count > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var slugs = batch.Select(row => row.Slug).ToList();
            var existing = await db.Products.Where(p => slugs.Contains(p.Slug)).ToDictionaryAsync(p => p.Slug, cancellationToken);
            var added = new List<Product>();
            var changed = new List<Product>();
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var row in batch)
            {
                var product = existing.GetValueOrDefault(row.Slug);
                if (Refusal(row, product) is { } error)
                {
                    refused.Add(new RefusedRow(row.Line, [error]));
                }
                else if (product is null)
                {
                    added.Add(NewProduct(row, now));
                }
                else
                {
                    Apply(row, product);
                    if (db.Entry(product).State == EntityState.Modified)
                    {
                        changed.Add(product);
                    }
                    else
                    {
                        tally.Unchanged++;
                    }
                }
            }
            await writer.WriteBatchAsync(added, changed, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (added.Count + changed.Count > 0)
            {
                // The batch went around SaveChanges (ProductWriter), and so around CatalogChangeInterceptor.
                await catalogCache.InvalidateAsync(CancellationToken.None);
            }
            tally.Added += added.Count;
            tally.Updated += changed.Count;
            batch.Clear();
        }
        foreach (var row in refused.OrderBy(row => row.Line))
        {
            tally.Refuse(row);
        }
        refused.Clear();
    }

    /// <summary>What the products already stored forbid: a product keeps its kind, and a virtual product's stock is its codes.</summary>
    private static ImportError? Refusal(ProductCsvRow row, Product? product)
    {
        if (product is not null && product.Kind != row.Kind)
        {
            return ImportError.In(ProductCsvColumns.Kind, ImportProblem.KindChanged, product.Kind.ToString());
        }
        if (row.Kind == ProductKind.Virtual && row.Stock is { } stock && stock != (product?.Stock ?? 0))
        {
            return ImportError.In(ProductCsvColumns.Stock, ImportProblem.VirtualStock);
        }
        return null;
    }

    private static Product NewProduct(ProductCsvRow row, DateTime now)
    {
        var product = new Product(row.Name, row.Slug, LocalizedText.Empty, row.Description ?? LocalizedText.Empty, row.Price, row.Kind, row.CategoryId, now,
            row.Kind == ProductKind.Virtual ? VirtualDelivery.Code : VirtualDelivery.None);
        if (row.Kind == ProductKind.Physical)
        {
            product.SetStock(row.Stock!.Value);
        }
        if (row.Published ?? true)
        {
            product.Publish();
        }
        product.SetFeatured(row.Featured ?? false);
        return product;
    }

    private static void Apply(ProductCsvRow row, Product product)
    {
        // A language the row leaves out keeps the product's text: a file in one language never erases the other.
        product.Update(Merged(row.Name, product.Name), row.Slug, product.ShortDescription,
            row.Description is { } description ? Merged(description, product.Description) : product.Description, row.Price, row.CategoryId);
        if (row.Kind == ProductKind.Physical)
        {
            product.SetStock(row.Stock!.Value);
        }
        if (row.Published is { } published)
        {
            if (published)
            {
                product.Publish();
            }
            else
            {
                product.Unpublish();
            }
        }
        if (row.Featured is { } featured)
        {
            product.SetFeatured(featured);
        }
    }

    private static LocalizedText Merged(LocalizedText given, LocalizedText stored) =>
        new(given.Chinese ?? stored.Chinese, given.English ?? stored.English);

    private sealed class Tally
    {
        private readonly List<RefusedRow> _listed = [];
        private int _refused;

        public int Added { get; set; }
        public int Updated { get; set; }
        public int Unchanged { get; set; }

        public void Refuse(RefusedRow row)
        {
            _refused++;
            if (_listed.Count < MaxListedRows)
            {
                _listed.Add(row);
            }
        }

        public ProductImportResult Result() => new(Added, Updated, Unchanged, _refused, _listed, []);
    }
}
