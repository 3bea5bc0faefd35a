using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.AlipaySandbox.Migrations
{
    /// <inheritdoc />
    public partial class RefundBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "PaidIntoEscrow",
                table: "Trades",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "RefundBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Partner = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BatchNo = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Charset = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    NotifyUrl = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DetailData = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResultDetails = table.Column<string>(type: "TEXT", nullable: true),
                    SuccessNum = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefundBatches", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RefundBatches_Partner_BatchNo",
                table: "RefundBatches",
                columns: new[] { "Partner", "BatchNo" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RefundBatches");

            migrationBuilder.DropColumn(
                name: "PaidIntoEscrow",
                table: "Trades");
        }
    }
}
