using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class HeldForReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "HeldForReview",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // SQLite drops the column in place: EF's DropColumn rebuilds Orders, which the order
            // lines' foreign keys refuse with foreign_keys=ON.
            migrationBuilder.Sql("ALTER TABLE \"Orders\" DROP COLUMN \"HeldForReview\";");
        }
    }
}
