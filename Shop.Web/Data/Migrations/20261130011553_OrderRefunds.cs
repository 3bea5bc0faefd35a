using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class OrderRefunds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AlipayRefundState",
                table: "Orders",
                type: "TEXT",
                maxLength: 30,
                nullable: false,
                defaultValue: "None");

            migrationBuilder.AddColumn<decimal>(
                name: "AmountRefunded",
                table: "Orders",
                type: "TEXT",
                precision: 12,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<bool>(
                name: "PaidThroughEscrow",
                table: "Orders",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Orders refunded before refunds were recorded had everything given back; orders that
            // went through escrow are told apart by their history.
            migrationBuilder.Sql("""UPDATE "Orders" SET "AmountRefunded" = "AmountPaid" WHERE "PaymentState" = 'Refunded' AND "AmountPaid" IS NOT NULL""");
            migrationBuilder.Sql("""UPDATE "Orders" SET "PaidThroughEscrow" = TRUE WHERE "Id" IN (SELECT "OrderId" FROM "OrderHistoryEntry" WHERE "PaymentState" = 'HeldInEscrow')""");

            migrationBuilder.CreateTable(
                name: "Refunds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResultCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OrderId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Refunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Refunds_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Refunds_BatchNo",
                table: "Refunds",
                column: "BatchNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Refunds_OrderId",
                table: "Refunds",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Refunds_RequestedAt",
                table: "Refunds",
                column: "RequestedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Refunds");

            migrationBuilder.DropColumn(
                name: "AlipayRefundState",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "AmountRefunded",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "PaidThroughEscrow",
                table: "Orders");
        }
    }
}
