using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PaymentEndpointHardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DonationAccessKey",
                table: "Orders",
                type: "TEXT",
                maxLength: 22,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "RejectedNotifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    OutTradeNo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RawText = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    ByteCount = table.Column<long>(type: "INTEGER", nullable: false),
                    ParameterCount = table.Column<int>(type: "INTEGER", nullable: true),
                    RemoteAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RejectedNotifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RejectedNotifications_OutTradeNo",
                table: "RejectedNotifications",
                column: "OutTradeNo");

            migrationBuilder.CreateIndex(
                name: "IX_RejectedNotifications_ReceivedAt",
                table: "RejectedNotifications",
                column: "ReceivedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RejectedNotifications");

            // SQLite drops the column in place: EF's DropColumn rebuilds Orders, which the order
            // lines' foreign keys refuse with foreign_keys=ON.
            migrationBuilder.Sql("ALTER TABLE \"Orders\" DROP COLUMN \"DonationAccessKey\";");
        }
    }
}
