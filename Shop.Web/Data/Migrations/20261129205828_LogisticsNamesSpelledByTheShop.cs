using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations
{
    /// <summary>
    /// The shop's logistics enums are stored by name, and their names changed from Alipay's
    /// spelling (EXPRESS, BUYER_PAY) to the shop's (Express, BuyerPay): the model is the same, the
    /// stored text is rewritten. Alipay's names now live only in the protocol code.
    /// </summary>
    public partial class LogisticsNamesSpelledByTheShop : Migration
    {
        private static readonly (string Alipay, string Shop)[] Types =
            [("EXPRESS", "Express"), ("POST", "Post"), ("EMS", "Ems")];

        private static readonly (string Alipay, string Shop)[] Payments =
            [("BUYER_PAY", "BuyerPay"), ("SELLER_PAY", "SellerPay"), ("BUYER_PAY_AFTER_RECEIVE", "BuyerPayAfterReceive")];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Rename("Orders", "LogisticsType", Types, toShop: true));
            migrationBuilder.Sql(Rename("Orders", "LogisticsPayment", Payments, toShop: true));
            migrationBuilder.Sql(Rename("Shipment", "TransportType", Types, toShop: true));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Rename("Orders", "LogisticsType", Types, toShop: false));
            migrationBuilder.Sql(Rename("Orders", "LogisticsPayment", Payments, toShop: false));
            migrationBuilder.Sql(Rename("Shipment", "TransportType", Types, toShop: false));
        }

        // UPDATE "T" SET "C" = CASE "C" WHEN 'EXPRESS' THEN 'Express' ... END WHERE "C" IN ('EXPRESS', ...)
        private static string Rename(string table, string column, (string Alipay, string Shop)[] names, bool toShop)
        {
            var pairs = names.Select(n => toShop ? (From: n.Alipay, To: n.Shop) : (From: n.Shop, To: n.Alipay)).ToList();
            var cases = string.Join(" ", pairs.Select(p => $"WHEN '{p.From}' THEN '{p.To}'"));
            var from = string.Join(", ", pairs.Select(p => $"'{p.From}'"));
            return $"UPDATE \"{table}\" SET \"{column}\" = CASE \"{column}\" {cases} END WHERE \"{column}\" IN ({from});";
        }
    }
}
