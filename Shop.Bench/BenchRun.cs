using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Shop.Bench;

/// <summary>
/// One benchmark run: for each catalog size, a fresh copy of its database, the published shop on
/// core 0 and wrk on core 1; a warm-up, then rounds that go through every page in turn (so that
/// drift on a busy machine touches every page alike); the notification storm at the largest size.
/// </summary>
public sealed class BenchRun(BenchOptions options)
{
    public const string Plaintext = "plaintext";

    public async Task<string> RunAsync()
    {
        var started = Stopwatch.StartNew();
        var machine = MachineDescription.Read();
        var shop = new ShopCommand(options);
        var databases = new BenchDatabase(options, shop);
        await using var gateway = await FakeAlipayGateway.StartAsync();
        var results = new List<SizeResult>();
        foreach (var size in options.CatalogSizes)
        {
            var built = await databases.BuildOrReuseAsync(size);
            var stormHere = size == options.CatalogSizes[^1] && options.Measures("storm");
            results.Add(await MeasureAsync(shop, gateway, built, stormHere));
        }
        return Report.Write(options, machine, results, started.Elapsed);
    }

    private async Task<SizeResult> MeasureAsync(ShopCommand shop, FakeAlipayGateway gateway, BenchDatabase.Built built, bool storm)
    {
        var clock = Stopwatch.StartNew();
        var folder = Path.Combine(options.WorkFolder, built.Facts.Products.ToString(CultureInfo.InvariantCulture));
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        var database = BenchDatabase.CopyForRun(built, folder);
        var warmUpOrders = storm ? await AddStormOrdersAsync(database, options.StormOrders, firstNumber: 800_000) : [];
        var stormOrders = storm ? await AddStormOrdersAsync(database, options.StormOrders, firstNumber: 900_000) : [];

        Console.WriteLine($"{built.Facts.Products:N0} products: starting the shop...");
        await using var server = await shop.StartServerAsync(database, Path.Combine(folder, "files"), FreePort(), gateway.Port);
        var (buyerScript, orderNumber) = await PrepareBuyerAsync(server, database, built.Facts, folder);
        var endpoints = Endpoints(built.Facts, orderNumber)
            .Where(e => e.Name == Plaintext || options.Measures(e.Buyer ? "buyer" : "anonymous"))
            .ToList();

        var sizes = new Dictionary<Endpoint, long>();
        foreach (var endpoint in endpoints)
        {
            sizes[endpoint] = await ProbeAsync(server, endpoint, buyerScript.Cookie);
        }
        if (options.WarmupSeconds > 0)
        {
            foreach (var endpoint in endpoints)
            {
                await Wrk.RunAsync(server.BaseUrl + endpoint.Path, BenchOptions.Connections, options.WarmupSeconds, endpoint.Buyer ? buyerScript.Path : null);
                await server.WaitUntilIdleAsync(TimeSpan.FromSeconds(90));
            }
        }
        var rounds = endpoints.ToDictionary(e => e, _ => new List<WrkResult>());
        var cpu = endpoints.ToDictionary(e => e, _ => TimeSpan.Zero);
        for (var round = 1; round <= options.Rounds; round++)
        {
            foreach (var endpoint in endpoints)
            {
                Console.WriteLine($"{built.Facts.Products:N0} products, round {round}: {endpoint.Label}");
                var before = server.CpuTime();
                var result = await Wrk.RunAsync(server.BaseUrl + endpoint.Path, BenchOptions.Connections, options.RoundSeconds, endpoint.Buyer ? buyerScript.Path : null);
                cpu[endpoint] += server.CpuTime() - before;
                rounds[endpoint].Add(result);
                await server.WaitUntilIdleAsync(TimeSpan.FromSeconds(90));
            }
        }
        var alone = new Dictionary<Endpoint, (TimeSpan Latency, TimeSpan Cpu)>();
        foreach (var endpoint in endpoints)
        {
            alone[endpoint] = await AloneAsync(server, endpoint, buyerScript.Cookie);
        }

        StormResult? stormResult = null;
        if (storm)
        {
            // Like every page, the storm is measured after a warm-up: a shop that has been taking payments has had the runtime
            // optimize that path, which on a fresh shop goes on for thousands of notifications (README: Performance).
            Console.WriteLine($"Notification storm: {warmUpOrders.Count:N0} orders as a warm-up, then {stormOrders.Count:N0} orders, {BenchOptions.StormCopies} copies each, {BenchOptions.StormSenders} senders...");
            var warmUp = await NotificationStorm.RunAsync(server, gateway, warmUpOrders, BenchOptions.StormCopies, BenchOptions.StormSenders);
            await server.WaitUntilIdleAsync(TimeSpan.FromSeconds(90));
            stormResult = await NotificationStorm.RunAsync(server, gateway, stormOrders, BenchOptions.StormCopies, BenchOptions.StormSenders);
            var states = await OrderStatesAsync(database);
            stormResult = stormResult with
            {
                WrongStates = WrongStates(states, stormOrders),
                WarmUp = warmUp with { WrongStates = WrongStates(states, warmUpOrders) },
            };
        }
        var measurements = endpoints.Select(e => new Measurement(e, rounds[e], cpu[e], sizes[e], alone[e].Latency, alone[e].Cpu)).ToList();
        return new SizeResult(built.Facts.Products, measurements, server.PeakMemory(), built.ImportTime, clock.Elapsed, stormResult);
    }

    private static List<Endpoint> Endpoints(CatalogFacts facts, string orderNumber)
    {
        var category = "/catalog?category=" + facts.Category;
        var lastPage = category + "&page=" + facts.CategoryLastPage.ToString(CultureInfo.InvariantCulture);
        var product = "/catalog/" + facts.ProductSlug;
        return
        [
            new(Plaintext, false, "/benchmark/plaintext"),
            new("/", false, "/"),
            new("/catalog", false, "/catalog"),
            new("category page", false, category),
            new("category, last page", false, lastPage),
            new("search, ~1% hits", false, "/catalog?q=" + CatalogFile.SearchHit),
            new("search, no hits", false, "/catalog?q=" + CatalogFile.SearchMiss),
            new("product page", false, product),
            new("/", true, "/"),
            new("/catalog", true, "/catalog"),
            new("category page", true, category),
            new("category, last page", true, lastPage),
            new("product page", true, product),
            new("cart", true, "/cart"),
            new("order page", true, "/orders/" + orderNumber),
        ];
    }

    /// <summary>Three requests one after the other on the idle server: the mean latency and CPU time of one.</summary>
    private static async Task<(TimeSpan Latency, TimeSpan Cpu)> AloneAsync(ShopServer server, Endpoint endpoint, string cookie)
    {
        const int requests = 3;
        await server.WaitUntilIdleAsync(TimeSpan.FromSeconds(90));
        var cpuBefore = server.CpuTime();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            await ProbeAsync(server, endpoint, cookie);
        }
        return (clock.Elapsed / requests, (server.CpuTime() - cpuBefore) / requests);
    }

    /// <summary>Loads the page once as a browser would (no compression): it must answer 200. Answers its size.</summary>
    private static async Task<long> ProbeAsync(ShopServer server, Endpoint endpoint, string cookie)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, server.BaseUrl + endpoint.Path);
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        if (endpoint.Buyer)
        {
            request.Headers.Add("Cookie", cookie);
        }
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchBrokeException($"{endpoint.Label} ({endpoint.Path}) answered {(int)response.StatusCode}. The shop's last lines:\n{server.RecentOutput()}");
        }
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }

    /// <summary>Registers a buyer, fills a five-line cart, and gives the buyer a placed order.</summary>
    private static async Task<((string Path, string Cookie) Script, string OrderNumber)> PrepareBuyerAsync(
        ShopServer server, string database, CatalogFacts facts, string folder)
    {
        using var buyer = new Buyer(server.BaseUrl);
        await buyer.RegisterAsync();
        await using var connection = BenchDatabase.Open(database);
        var products = new List<OrderRows.Line>();
        foreach (var slug in facts.CartSlugs)
        {
            var read = BenchDatabase.Command(connection, null, """SELECT "Id", "NameZh", "NameEn", "Price" FROM "Products" WHERE "Slug" = @slug""");
            read.Parameters["@slug"].Value = slug;
            await using var reader = await read.ExecuteReaderAsync();
            await reader.ReadAsync();
            products.Add(new OrderRows.Line(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                decimal.Parse(reader.GetString(3), CultureInfo.InvariantCulture), 1, "Physical", "None"));
        }
        foreach (var product in products)
        {
            await buyer.AddToCartAsync(product.ProductId, 1);
        }

        var userId = BenchDatabase.Command(connection, null, """SELECT "Id" FROM "AspNetUsers" WHERE "Email" = @email""");
        userId.Parameters["@email"].Value = buyer.Email;
        var id = (string)(await userId.ExecuteScalarAsync())!;
        var number = OrderRows.Number(DateTime.UtcNow, 999_999);
        await using (var transaction = connection.BeginTransaction())
        {
            await new OrderRows(connection, transaction).AddUnpaidGoodsAsync(number, id, DateTime.UtcNow, products);
            await transaction.CommitAsync();
        }
        return ((buyer.WriteWrkScript(folder), buyer.CookieHeader), number);
    }

    private static async Task<List<(string Number, decimal Total)>> AddStormOrdersAsync(string database, int count, int firstNumber)
    {
        await using var connection = BenchDatabase.Open(database);
        var users = new List<string>();
        await using (var reader = await BenchDatabase.Command(connection, null, """SELECT "Id" FROM "AspNetUsers" LIMIT 50""").ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                users.Add(reader.GetString(0));
            }
        }
        var product = await BenchDatabase.Command(connection, null, """SELECT "Id", "NameZh", "NameEn" FROM "Products" WHERE "Kind" = 'Physical' LIMIT 1""").ExecuteReaderAsync();
        await product.ReadAsync();
        var (productId, nameZh, nameEn) = (product.GetInt32(0), product.IsDBNull(1) ? null : product.GetString(1), product.IsDBNull(2) ? null : product.GetString(2));
        await product.DisposeAsync();

        var orders = new List<(string, decimal)>();
        var placed = DateTime.UtcNow;
        await using var transaction = connection.BeginTransaction();
        var rows = new OrderRows(connection, transaction);
        for (var i = 0; i < count; i++)
        {
            var line = new OrderRows.Line(productId, nameZh, nameEn, 100m + i % 100, 1, "Physical", "None");
            var number = OrderRows.Number(placed, firstNumber + i);
            await rows.AddUnpaidGoodsAsync(number, users[i % users.Count], placed, [line]);
            orders.Add((number, OrderRows.Total([line])));
        }
        await transaction.CommitAsync();
        return orders;
    }

    private static async Task<Dictionary<string, string>> OrderStatesAsync(string database)
    {
        await using var connection = BenchDatabase.Open(database);
        var states = new Dictionary<string, string>();
        await using (var reader = await BenchDatabase.Command(connection, null, """SELECT "Number", "Status" || '/' || "PaymentState" FROM "Orders" """).ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                states[reader.GetString(0)] = reader.GetString(1);
            }
        }
        return states;
    }

    /// <summary>How many of the storm's orders are not paid into escrow and awaiting shipment, as their notifications say they are.</summary>
    private static int WrongStates(Dictionary<string, string> states, List<(string Number, decimal Total)> orders) =>
        orders.Count(o => states.GetValueOrDefault(o.Number) != "AwaitingShipment/HeldInEscrow");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
