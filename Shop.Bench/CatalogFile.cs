using System.Globalization;
using System.Text;

namespace Shop.Bench;

/// <summary>
/// A product CSV file for the import, the same for the same size every time (a fixed seed): products
/// spread over the categories, 95% published, 90% physical. Every name carries one of a hundred
/// "flavour" words, so searching for one finds about 1% of the catalog.
/// </summary>
public static class CatalogFile
{
    public const int Seed = 2026;
    public const string SearchMiss = "zzyzxquorv";

    private static readonly string[] Flavours =
    [
        "amber", "birch", "cedar", "dune", "ember", "fjord", "glacier", "harbor", "iris", "jade",
        "kelp", "lagoon", "maple", "nectar", "opal", "pebble", "quartz", "raven", "saffron", "tundra",
        "umber", "violet", "willow", "xenon", "yarrow", "zephyr", "acorn", "bramble", "coral", "delta",
        "elm", "fern", "garnet", "heath", "indigo", "juniper", "kestrel", "lotus", "marsh", "nutmeg",
        "oak", "poppy", "quill", "reed", "sage", "thistle", "umbra", "vale", "wren", "yew",
        "azure", "basalt", "canyon", "dahlia", "egret", "flint", "grove", "hazel", "ivy", "jasper",
        "kiln", "lichen", "meadow", "nimbus", "orchid", "prairie", "quince", "ridge", "sorrel", "tamarind",
        "urchin", "verbena", "walnut", "yucca", "zinnia", "alder", "beacon", "cobalt", "drift", "estuary",
        "falcon", "gorse", "heron", "inlet", "jetty", "knoll", "larch", "mistral", "nettle", "ochre",
        "pine", "quarry", "rowan", "slate", "teal", "upland", "vetch", "wheat", "yonder", "zest",
    ];

    private static readonly string[] Nouns = ["tea", "teapot", "notebook", "pen", "lamp", "cushion", "snack box", "cup set", "candle", "scarf"];
    private static readonly string[] Chinese = ["西湖", "云南", "景德镇", "苏州", "杭州", "福建", "四川", "安徽"];
    private static readonly string[] Words =
    [
        "hand-made", "small", "batch", "fresh", "packed", "every", "morning", "from", "family", "farms",
        "gift", "boxed", "ready", "to", "ship", "in", "two", "days", "classic", "recipe", "light", "strong",
        "gentle", "aroma", "quality", "checked", "twice", "sealed", "bag", "keeps", "well",
    ];

    public static string CategorySlug(int index) => $"cat-{index + 1:D2}";

    public static string ProductSlug(int index) => $"bench-{index:D6}";

    /// <summary>The word whose search finds about 1% of the products.</summary>
    public static string SearchHit => Flavours[7];

    /// <summary>Writes the file and answers what the pages to measure are made of.</summary>
    public static CatalogFacts Write(string path, int products, int categories)
    {
        var random = new Random(Seed);
        var publishedInCategory = new int[categories];
        var physicalInStock = new List<string>();
        string? productPage = null;
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("slug,category,kind,name,price,stock,description,published,featured\n");
        var description = new StringBuilder();
        for (var i = 0; i < products; i++)
        {
            var category = random.Next(categories);
            var physical = random.NextDouble() < 0.9;
            var published = random.NextDouble() < 0.95;
            var featured = random.NextDouble() < 0.01;
            var stock = physical ? random.Next(0, 200) : (int?)null;
            var price = random.Next(100, 100_000) / 100m;
            var name = $"{Chinese[random.Next(Chinese.Length)]} {Flavours[random.Next(Flavours.Length)]} {Nouns[random.Next(Nouns.Length)]} No.{i}";
            description.Clear();
            for (var w = random.Next(15, 40); w > 0; w--)
            {
                description.Append(Words[random.Next(Words.Length)]).Append(' ');
            }
            writer.Write(string.Join(',',
                ProductSlug(i), CategorySlug(category), physical ? "Physical" : "Virtual", name,
                price.ToString("0.00", CultureInfo.InvariantCulture),
                stock?.ToString(CultureInfo.InvariantCulture) ?? "",
                "\"" + description.ToString().Trim() + ".\"",
                published ? "true" : "false",
                featured ? "true" : "false"));
            writer.Write('\n');
            if (published)
            {
                publishedInCategory[category]++;
                if (category == 0)
                {
                    productPage ??= ProductSlug(i);
                    if (physical && stock >= 10 && physicalInStock.Count < 5)
                    {
                        physicalInStock.Add(ProductSlug(i));
                    }
                }
            }
        }
        var published0 = publishedInCategory[0];
        return new CatalogFacts(
            products,
            CategorySlug(0),
            Math.Max(1, (published0 + PageSize - 1) / PageSize),
            productPage ?? throw new BenchBrokeException("The first category has no published product."),
            physicalInStock.Count == 5 ? physicalInStock : throw new BenchBrokeException("Too few products in stock for the buyer's cart."));
    }

    /// <summary>The catalog's page size (Features/Catalog/ProductSearchCriteria.PageSize).</summary>
    private const int PageSize = 12;
}

/// <summary>What the measured pages are made of, for one catalog size.</summary>
public sealed record CatalogFacts(int Products, string Category, int CategoryLastPage, string ProductSlug, IReadOnlyList<string> CartSlugs);
