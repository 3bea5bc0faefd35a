using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Shop.Domain.Catalog;
using Shop.Web.Data;
using Shop.Web.Data.Search;
using Shop.Web.Features.Catalog;

namespace Shop.Web.Areas.Admin.Features.Products;

/// <summary>
/// Where the admin's product changes are written: the product forms' saves and the CSV import's
/// batches, so that what the shop keeps per product beside its row has one place to follow them.
/// EF Core's SQLite provider sends one statement per changed row: right for a form, too many for
/// a file of 100,000 rows. A batch therefore goes as one INSERT of its new products and one UPDATE
/// of its changed ones, in the caller's transaction. Their values travel as one JSON parameter read
/// with SQLite's <c>json_each</c> (PostgreSQL: <c>jsonb_array_elements</c>, each value cast to its
/// column's type), because binding thousands of named parameters costs SQLite time that grows with
/// the square of their number; the columns and value conversions are the EF model's.
/// A batch bypasses SaveChanges and so the <see cref="SearchIndexInterceptor"/>: it writes its
/// products' rows of the search index itself, in the same transaction, so an imported product is
/// found by search as soon as the batch is committed.
/// </summary>
public class ProductWriter(ShopDbContext db, ProductSearchIndexer searchIndexer, CatalogVocabulary vocabulary)
{
    /// <summary>Saves the tracked changes; a change that came first throws <see cref="DbUpdateConcurrencyException"/>.</summary>
    public Task SaveAsync() => db.SaveChangesAsync();

    /// <summary>
    /// Saves the tracked changes. False, with nothing tracked any more, when the database refused
    /// them: another change came first, or a slug was taken meanwhile.
    /// </summary>
    public async Task<bool> TrySaveAsync()
    {
        try
        {
            await SaveAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// Inserts <paramref name="added"/> (new products, not tracked) and writes every column of
    /// <paramref name="changed"/> (products changed in memory), one statement each. The caller holds
    /// the transaction, so that what it read to decide the changes is still true when they are written.
    /// </summary>
    public async Task WriteBatchAsync(IReadOnlyList<Product> added, IReadOnlyList<Product> changed, CancellationToken cancellationToken)
    {
        var table = ProductTable.For(db);
        if (added.Count > 0)
        {
            await ExecuteAsync(table.InsertSql(), table.Rows(added, withKey: false), cancellationToken);
        }
        if (changed.Count > 0)
        {
            await ExecuteAsync(table.UpdateSql(), table.Rows(changed, withKey: true), cancellationToken);
        }
        if (added.Count + changed.Count > 0)
        {
            // The new products' ids were given by the INSERT: they are found again by their slugs.
            var slugs = added.Concat(changed).Select(p => p.Slug).ToList();
            var ids = await db.Products.Where(p => slugs.Contains(p.Slug)).Select(p => p.Id).ToListAsync(cancellationToken);
            await searchIndexer.ReindexAsync(db, ids, cancellationToken);
            vocabulary.Invalidate();
        }
    }

    private async Task ExecuteAsync(string sql, string rows, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        var parameter = command.CreateParameter();
        parameter.ParameterName = ProductTable.RowsParameter;
        parameter.Value = rows;
        await db.Database.ExecuteSqlRawAsync(sql, [parameter], cancellationToken);
    }

    /// <summary>The Products table as the EF model maps it: its key, and the column of every other property.</summary>
    private sealed class ProductTable(ISqlGenerationHelper sql, bool isPostgres, string name, ProductTable.Column key, List<ProductTable.Column> columns)
    {
        public const string RowsParameter = "@rows";

        /// <summary>A column, the property it maps (for its value conversion), and how its value is read from a product.</summary>
        public sealed record Column(IProperty Property, string Name, Func<Product, object?> Value);

        public static ProductTable For(ShopDbContext db)
        {
            var entityType = db.Model.FindEntityType(typeof(Product))!;
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var key = entityType.FindPrimaryKey()!.Properties.Single();
            var columns = entityType.GetProperties()
                .Where(p => p != key && p.GetColumnName(table) is not null)
                .Select(p => new Column(p, p.GetColumnName(table)!, p.GetGetter().GetClrValue))
                .ToList();
            // The texts in two languages (LocalizedText) are complex properties: a column per language.
            foreach (var complex in entityType.GetComplexProperties())
            {
                var outer = complex.PropertyInfo!;
                columns.AddRange(complex.ComplexType.GetProperties().Select(p => new Column(
                    p, p.GetColumnName(table)!, product => outer.GetValue(product) is { } value ? p.PropertyInfo!.GetValue(value) : null)));
            }
            var keyColumn = new Column(key, key.GetColumnName(table)!, key.GetGetter().GetClrValue);
            return new ProductTable(db.GetService<ISqlGenerationHelper>(), db.Database.IsNpgsql(), table.Name, keyColumn, columns);
        }

        /// <summary>INSERT INTO "Products" (...) SELECT value ->> 0, ... FROM json_each(@rows): the ids follow the rows' order.</summary>
        public string InsertSql() =>
            new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(name))
                .Append(" (").AppendJoin(", ", columns.Select(c => sql.DelimitIdentifier(c.Name))).Append(") SELECT ")
                .AppendJoin(", ", columns.Select((c, i) => Value(c, i)))
                .Append(" FROM ").Append(RowSource)
                .ToString();

        // SQLite's json_each and PostgreSQL's jsonb_array_elements both name each element "value".
        private string RowSource => isPostgres ? $"jsonb_array_elements(CAST({RowsParameter} AS jsonb))" : $"json_each({RowsParameter})";

        // ->> reads text: SQLite stores it as the column's affinity says, PostgreSQL needs the column's type.
        private string Value(Column column, int index) =>
            isPostgres ? $"CAST(\"value\" ->> {index} AS {column.Property.GetColumnType()})" : $"\"value\" ->> {index}";

        /// <summary>WITH "Changed" AS (SELECT value ->> 0 AS "Id", ... FROM json_each(@rows)) UPDATE "Products" SET ... FROM "Changed" WHERE the keys match.</summary>
        public string UpdateSql()
        {
            var changed = sql.DelimitIdentifier("Changed");
            var table = sql.DelimitIdentifier(name);
            var keyColumn = sql.DelimitIdentifier(key.Name);
            return new StringBuilder("WITH ").Append(changed).Append(" AS (SELECT ")
                .AppendJoin(", ", new[] { key }.Concat(columns).Select((c, i) => $"{Value(c, i)} AS {sql.DelimitIdentifier(c.Name)}"))
                .Append(" FROM ").Append(RowSource).Append(") UPDATE ").Append(table).Append(" SET ")
                .AppendJoin(", ", columns.Select(c => $"{sql.DelimitIdentifier(c.Name)} = {changed}.{sql.DelimitIdentifier(c.Name)}"))
                .Append(" FROM ").Append(changed)
                .Append(" WHERE ").Append(table).Append('.').Append(keyColumn).Append(" = ").Append(changed).Append('.').Append(keyColumn)
                .ToString();
        }

        /// <summary>The products as a JSON array of rows, each an array of column values in the order of the SQL.</summary>
        public string Rows(IEnumerable<Product> products, bool withKey)
        {
            var rowColumns = withKey ? [key, .. columns] : columns;
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartArray();
                foreach (var product in products)
                {
                    json.WriteStartArray();
                    foreach (var column in rowColumns)
                    {
                        var value = column.Value(product);
                        var converter = column.Property.GetTypeMapping().Converter;
                        WriteValue(json, value is not null && converter is not null ? converter.ConvertToProvider(value) : value, isPostgres);
                    }
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        /// <summary>
        /// A value as Microsoft.Data.Sqlite binds it for EF Core: decimals and dates as text, booleans
        /// as 0 or 1. PostgreSQL casts the same text, except that a time says it is UTC.
        /// </summary>
        private static void WriteValue(Utf8JsonWriter json, object? value, bool isPostgres)
        {
            switch (value)
            {
                case null:
                    json.WriteNullValue();
                    break;
                case string text:
                    json.WriteStringValue(text);
                    break;
                case bool flag:
                    json.WriteNumberValue(flag ? 1 : 0);
                    break;
                case int or long or short or byte:
                    json.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
                case decimal number:
                    json.WriteStringValue(number.ToString("0.0###########################", CultureInfo.InvariantCulture));
                    break;
                case DateTime time:
                    json.WriteStringValue(time.ToString(isPostgres ? @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF\Z" : @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture));
                    break;
                default:
                    throw new NotSupportedException($"A product column of type {value.GetType()} has no batch form yet.");
            }
        }
    }
}
