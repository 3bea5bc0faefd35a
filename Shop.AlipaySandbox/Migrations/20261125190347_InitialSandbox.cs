using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.AlipaySandbox.Migrations
{
    /// <inheritdoc />
    public partial class InitialSandbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NotifyIds",
                columns: table => new
                {
                    Value = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Partner = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotifyIds", x => x.Value);
                });

            migrationBuilder.CreateTable(
                name: "Trades",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TradeNo = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Charset = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Service = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Partner = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OutTradeNo = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PaymentType = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: true),
                    RequestedTotalFee = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    LogisticsType = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    LogisticsFee = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    LogisticsPayment = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ReceiveName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReceiveAddress = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReceiveZip = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ReceivePhone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReceiveMobile = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    SellerId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SellerEmail = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NotifyUrl = table.Column<string>(type: "TEXT", maxLength: 190, nullable: true),
                    ReturnUrl = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ShowUrl = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ItBPay = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ExtraCommonParam = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RefundStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AdjustedTotalFee = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    RefundedAmount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    BuyerId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    BuyerEmail = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PaidAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentGoodsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RefundedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LogisticsName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InvoiceNo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TransportType = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Trades", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Faults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TradeId = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DelaySeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Remaining = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Faults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Faults_Trades_TradeId",
                        column: x => x.TradeId,
                        principalTable: "Trades",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TradeId = table.Column<int>(type: "INTEGER", nullable: false),
                    NotifyId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TradeStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Charset = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    NotifyUrl = table.Column<string>(type: "TEXT", maxLength: 190, nullable: false),
                    Parameters = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AttemptCount = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldForNext = table.Column<bool>(type: "INTEGER", nullable: false),
                    Faults = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_Trades_TradeId",
                        column: x => x.TradeId,
                        principalTable: "Trades",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NotificationAttempts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NotificationId = table.Column<int>(type: "INTEGER", nullable: false),
                    AttemptedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    Body = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NotificationAttempts_Notifications_NotificationId",
                        column: x => x.NotificationId,
                        principalTable: "Notifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Faults_TradeId",
                table: "Faults",
                column: "TradeId");

            migrationBuilder.CreateIndex(
                name: "IX_NotificationAttempts_NotificationId",
                table: "NotificationAttempts",
                column: "NotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_NotifyId",
                table: "Notifications",
                column: "NotifyId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_State_NextAttemptAt",
                table: "Notifications",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_TradeId",
                table: "Notifications",
                column: "TradeId");

            migrationBuilder.CreateIndex(
                name: "IX_Trades_Partner_OutTradeNo",
                table: "Trades",
                columns: new[] { "Partner", "OutTradeNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Trades_Status",
                table: "Trades",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Trades_TradeNo",
                table: "Trades",
                column: "TradeNo",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Faults");

            migrationBuilder.DropTable(
                name: "NotificationAttempts");

            migrationBuilder.DropTable(
                name: "NotifyIds");

            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.DropTable(
                name: "Trades");
        }
    }
}
