using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PublishedListingIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Products_CreatedAt",
                table: "Products",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Products_Published_CategoryId_CreatedAt",
                table: "Products",
                columns: new[] { "CategoryId", "CreatedAt" },
                filter: "\"IsPublished\"");

            migrationBuilder.CreateIndex(
                name: "IX_Products_Published_CreatedAt",
                table: "Products",
                column: "CreatedAt",
                filter: "\"IsPublished\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Products_CreatedAt",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_Published_CategoryId_CreatedAt",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_Products_Published_CreatedAt",
                table: "Products");
        }
    }
}
