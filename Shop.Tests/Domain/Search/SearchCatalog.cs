using Shop.Domain.Catalog.Search;

namespace Shop.Tests.Domain.Search;

/// <summary>A small catalog in both languages, shaped like the development seed, for the search tests.</summary>
public static class SearchCatalog
{
    public const int Longjing = 1;
    public const int DaHongPao = 2;
    public const int Puer = 3;
    public const int BlackTea = 4;
    public const int Teapot = 5;
    public const int FountainPen = 6;
    public const int HotpotBase = 7;
    public const int TeaEbook = 8;
    public const int DeskOrganizer = 9;
    public const int GreenTea = 10;

    private static readonly string[] Tea = ["茶叶", "Tea"];

    public static readonly IReadOnlyDictionary<int, SearchableProduct> Products = new Dictionary<int, SearchableProduct>
    {
        [Longjing] = new()
        {
            ChineseName = "明前西湖龙井 100g",
            EnglishName = "West Lake Longjing, pre-Qingming 100g",
            ChineseShortDescription = "杭州西湖产区明前头采，豆香清幽。",
            EnglishShortDescription = "First spring picking from the West Lake hills of Hangzhou.",
            ChineseFullDescription = "真空小包装，开袋即泡。",
            EnglishFullDescription = "Vacuum-packed in small bags: open and brew.",
            CategoryNames = Tea,
        },
        [DaHongPao] = new()
        {
            ChineseName = "武夷山大红袍 125g",
            EnglishName = "Wuyi Da Hong Pao 125g",
            ChineseShortDescription = "传统炭焙工艺，岩韵明显。",
            EnglishShortDescription = "Charcoal-roasted the traditional way, with a rocky finish.",
            CategoryNames = Tea,
        },
        [Puer] = new()
        {
            ChineseName = "云南普洱熟茶饼 357g",
            EnglishName = "Yunnan Ripe Pu-erh Cake 357g",
            ChineseShortDescription = "勐海原料，七年陈化。",
            EnglishShortDescription = "Menghai leaves, aged seven years.",
            CategoryNames = Tea,
        },
        [BlackTea] = new()
        {
            ChineseName = "滇红功夫红茶",
            EnglishName = "Dianhong Congou Black Tea",
            ChineseShortDescription = "蜜香浓郁，汤色红亮。",
            EnglishShortDescription = "Honeyed, with a bright red liquor.",
            CategoryNames = Tea,
        },
        [Teapot] = new()
        {
            ChineseName = "景德镇手绘茶壶",
            EnglishName = "Jingdezhen Hand-painted Teapot",
            ChineseShortDescription = "景德镇匠人手绘青花，容量 300ml。",
            EnglishShortDescription = "Blue and white, painted by hand in Jingdezhen. Holds 300 ml.",
            CategoryNames = ["家居", "Home"],
        },
        [FountainPen] = new()
        {
            ChineseName = "金属钢笔 EF 尖",
            EnglishName = "Metal Fountain Pen, EF Nib",
            ChineseShortDescription = "全金属笔身，书写顺滑。",
            EnglishShortDescription = "All-metal body that writes smoothly.",
            CategoryNames = ["文具", "Stationery"],
        },
        [HotpotBase] = new()
        {
            ChineseName = "重庆牛油火锅底料 400g",
            EnglishName = "Chongqing Beef Tallow Hotpot Base 400g",
            ChineseShortDescription = "老火锅配方，麻辣醇厚。",
            EnglishShortDescription = "An old hotpot recipe, numbing and rich.",
            CategoryNames = ["零食特产", "Snacks"],
        },
        [TeaEbook] = new()
        {
            ChineseName = "中国茶事（电子书）",
            EnglishName = "The Chinese Way of Tea (e-book)",
            ChineseShortDescription = "图解中国名茶与冲泡方法，付款后立即下载。",
            EnglishShortDescription = "China's famous teas and how to brew them, illustrated.",
            CategoryNames = ["电子书", "E-books"],
        },
        [DeskOrganizer] = new()
        {
            ChineseName = "竹制桌面收纳盒",
            EnglishName = "Bamboo Desk Organizer",
            ChineseShortDescription = "天然楠竹，多格设计。",
            EnglishShortDescription = "Natural bamboo with several compartments.",
            ChineseFullDescription = "可放笔、茶包与小物。",
            EnglishFullDescription = "Holds pens, tea bags and small things.",
            CategoryNames = ["家居", "Home"],
        },
        [GreenTea] = new()
        {
            ChineseName = "碧螺春绿茶",
            EnglishName = "Biluochun Green Tea",
            ChineseShortDescription = "洞庭山碧螺春，条索纤细。",
            EnglishShortDescription = "Biluochun from Dongting mountain, finely curled.",
            CategoryNames = Tea,
        },
    };
}
