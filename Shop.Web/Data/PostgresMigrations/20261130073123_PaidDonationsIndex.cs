using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.PostgresMigrations
{
    /// <inheritdoc />
    public partial class PaidDonationsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Orders_Kind_PaymentState_PaidAt",
                table: "Orders",
                columns: new[] { "Kind", "PaymentState", "PaidAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Orders_Kind_PaymentState_PaidAt",
                table: "Orders");
        }
    }
}
