using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations
{
    /// <summary>
    /// The catalog in two languages: each text of products, categories and order lines becomes two
    /// columns, Zh and En (null where not written). A text stored before is moved to Zh when it holds
    /// a Chinese character and to En otherwise (LocalizedText.ByScript), and an empty one to neither.
    /// Products gain a short description.
    /// <para>
    /// It also creates the full-text index, <c>product_search</c>: an SQLite FTS5 virtual table of
    /// pre-tokenized text (docs/architecture.md: Search). A virtual table cannot be part of the EF
    /// model, so it is created here with SQL and reached only through SqliteProductSearchIndex. Its
    /// rows are made in C# (tokens, pinyin), so this migration leaves it empty: the shop fills it at
    /// start after migrating (Database:MigrateAtStartup), or <c>rebuild-search-index</c> does.
    /// </para>
    /// </summary>
    public partial class CatalogInTwoLanguages : Migration
    {
        // A Chinese character, as Shop.Domain's SearchText.IsChineseCharacter has it: CJK unified
        // ideographs with extension A, the compatibility ideographs, and extensions B onwards.
        private const string HasChineseCharacter =
            "GLOB '*[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\U00020000-\U0003FFFF]*'";

        private static readonly (string Table, string Column, int MaxLength)[] Texts =
        [
            ("Products", "Name", 100),
            ("Products", "Description", 4000),
            ("Categories", "Name", 50),
            ("Categories", "Description", 500),
            ("OrderLine", "ProductName", 100),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var (table, column, maxLength) in Texts)
            {
                AddLanguageColumns(migrationBuilder, table, column, maxLength);
                migrationBuilder.Sql(
                    $"""
                    UPDATE "{table}" SET
                        "{column}Zh" = CASE WHEN trim("{column}") <> '' AND "{column}" {HasChineseCharacter} THEN trim("{column}") END,
                        "{column}En" = CASE WHEN trim("{column}") <> '' AND NOT ("{column}" {HasChineseCharacter}) THEN trim("{column}") END;
                    """);
                DropColumn(migrationBuilder, table, column);
            }
            AddLanguageColumns(migrationBuilder, "Products", "ShortDescription", 200);

            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE product_search USING fts5(name, pinyin, category, short_description, full_description, tokenize = 'unicode61');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE product_search;");

            DropLanguageColumns(migrationBuilder, "Products", "ShortDescription");
            foreach (var (table, column, maxLength) in Texts)
            {
                // Names were required before; descriptions were stored empty (products) or null (categories).
                var nullable = table == "Categories" && column == "Description";
                migrationBuilder.AddColumn<string>(
                    name: column, table: table, type: "TEXT", maxLength: maxLength, nullable: nullable, defaultValue: nullable ? null : "");
                migrationBuilder.Sql(
                    $"""UPDATE "{table}" SET "{column}" = coalesce("{column}Zh", "{column}En"{(nullable ? "" : ", ''")});""");
                DropLanguageColumns(migrationBuilder, table, column);
            }
        }

        private static void AddLanguageColumns(MigrationBuilder migrationBuilder, string table, string column, int maxLength)
        {
            foreach (var language in new[] { "Zh", "En" })
            {
                migrationBuilder.AddColumn<string>(
                    name: column + language, table: table, type: "TEXT", maxLength: maxLength, nullable: true);
            }
        }

        private static void DropLanguageColumns(MigrationBuilder migrationBuilder, string table, string column)
        {
            DropColumn(migrationBuilder, table, column + "Zh");
            DropColumn(migrationBuilder, table, column + "En");
        }

        // SQLite drops a column in place (3.35 and later). EF's DropColumn would rebuild the table
        // after every statement of the migration, the copying UPDATEs above included.
        private static void DropColumn(MigrationBuilder migrationBuilder, string table, string column) =>
            migrationBuilder.Sql($"""ALTER TABLE "{table}" DROP COLUMN "{column}";""");
    }
}
