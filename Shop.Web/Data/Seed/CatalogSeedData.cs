using Shop.Domain.Catalog;

namespace Shop.Web.Data.Seed;

/// <summary>The development catalog: what a new shop looks like with goods on its shelves.</summary>
public static class CatalogSeedData
{
    public sealed record SeedCategory(string Slug, string Name, string Description);

    public sealed record SeedProduct(
        string Slug, string CategorySlug, string Name, string Description, decimal Price, ProductKind Kind,
        VirtualDelivery Delivery, int Stock, bool Featured, bool Published);

    public static readonly IReadOnlyList<SeedCategory> Categories =
    [
        new("tea", "茶叶", "明前龙井、武夷岩茶、云南普洱，产地直发。"),
        new("books", "图书", "精选文学、历史与生活类纸质图书。"),
        new("stationery", "文具", "钢笔、笔记本与手账用品。"),
        new("home", "家居", "让家更舒适的杯壶、香薰与收纳。"),
        new("gadgets", "数码配件", "充电、耳机与桌面小物。"),
        new("snacks", "零食特产", "各地风味零食与特产。"),
        new("ebooks", "电子书", "付款后立即下载的电子书。"),
        new("gift-cards", "礼品卡与会员", "付款后立即发放兑换码。"),
    ];

    public static readonly IReadOnlyList<SeedProduct> Products =
    [
        new("longjing-green-tea", "tea", "明前西湖龙井 100g", "杭州西湖产区明前头采，豆香清幽，汤色嫩绿明亮。真空小包装，开袋即泡。", 168.00m, ProductKind.Physical, VirtualDelivery.None, 120, true, true),
        new("wuyi-rock-tea", "tea", "武夷山大红袍 125g", "传统炭焙工艺，岩韵明显，耐冲泡七道以上。", 138.00m, ProductKind.Physical, VirtualDelivery.None, 80, false, true),
        new("pu-erh-cake", "tea", "云南普洱熟茶饼 357g", "勐海原料，七年陈化，汤色红浓，口感醇厚顺滑。", 228.00m, ProductKind.Physical, VirtualDelivery.None, 40, true, true),
        new("jasmine-tea", "tea", "福州茉莉花茶 150g", "七窨一提，花香鲜灵持久，适合日常冷泡热饮。", 59.90m, ProductKind.Physical, VirtualDelivery.None, 200, false, true),
        new("white-tea-bai-mudan", "tea", "福鼎白牡丹 100g", "一芽二叶，毫香蜜韵，存放越久越醇。", 98.00m, ProductKind.Physical, VirtualDelivery.None, 60, false, true),
        new("oolong-tieguanyin", "tea", "安溪铁观音 250g", "清香型铁观音，兰花香高扬，回甘明显。", 88.00m, ProductKind.Physical, VirtualDelivery.None, 3, false, true),
        new("tea-sampler", "tea", "六大茶类品鉴礼盒", "绿、白、黄、青、红、黑六大茶类各一份，附冲泡指南。", 199.00m, ProductKind.Physical, VirtualDelivery.None, 25, true, true),
        new("three-body", "books", "三体（全三册）", "刘慈欣科幻巨著，雨果奖获奖作品，典藏版。", 93.00m, ProductKind.Physical, VirtualDelivery.None, 50, true, true),
        new("to-live", "books", "活着", "余华代表作，讲述一个人和他命运之间的友情。", 28.00m, ProductKind.Physical, VirtualDelivery.None, 100, false, true),
        new("history-of-song", "books", "宋朝简史", "用通俗的语言讲述宋朝三百年的政治、经济与文化。", 56.00m, ProductKind.Physical, VirtualDelivery.None, 30, false, true),
        new("chinese-cooking", "books", "家常菜一本通", "600道家常菜图解，步骤清晰，新手也能做出好味道。", 45.00m, ProductKind.Physical, VirtualDelivery.None, 70, false, true),
        new("poetry-tang", "books", "唐诗三百首（注释本）", "蘅塘退士选编，附详细注释与赏析。", 32.00m, ProductKind.Physical, VirtualDelivery.None, 90, false, true),
        new("kids-picture-book", "books", "儿童绘本套装（10册）", "适合3-6岁儿童的精装绘本，图文并茂。", 128.00m, ProductKind.Physical, VirtualDelivery.None, 0, false, true),
        new("calligraphy-practice", "books", "楷书字帖", "欧体楷书入门字帖，附描红纸。", 19.90m, ProductKind.Physical, VirtualDelivery.None, 150, false, true),
        new("fountain-pen", "stationery", "金属钢笔 EF 尖", "全金属笔身，EF 细尖书写顺滑，附上墨器。", 129.00m, ProductKind.Physical, VirtualDelivery.None, 45, true, true),
        new("notebook-a5", "stationery", "A5 点阵笔记本", "100g 道林纸不洇墨，192 页，可平摊。", 35.00m, ProductKind.Physical, VirtualDelivery.None, 300, false, true),
        new("washi-tape-set", "stationery", "和纸胶带套装（12卷）", "十二种国风花纹，手账装饰必备。", 39.90m, ProductKind.Physical, VirtualDelivery.None, 120, false, true),
        new("ink-bottle", "stationery", "钢笔墨水 50ml", "非碳素墨水，色彩饱满，不堵笔。", 48.00m, ProductKind.Physical, VirtualDelivery.None, 60, false, true),
        new("desk-organizer", "stationery", "竹制桌面收纳盒", "天然楠竹，多格设计，整理笔与小物。", 69.00m, ProductKind.Physical, VirtualDelivery.None, 35, false, true),
        new("planner-2027", "stationery", "2027 年手账本", "周计划 + 月计划，附贴纸与书签带。", 79.00m, ProductKind.Physical, VirtualDelivery.None, 80, false, true),
        new("brush-pen-set", "stationery", "软头秀丽笔套装", "大中小三支装，适合书法练习与贺卡书写。", 26.00m, ProductKind.Physical, VirtualDelivery.None, 5, false, true),
        new("sealing-wax-set", "stationery", "火漆印章套装", "黄铜印章配六色火漆粒，给信件加一份仪式感。", 88.00m, ProductKind.Physical, VirtualDelivery.None, 25, false, true),
        new("ceramic-teapot", "home", "景德镇手绘茶壶", "景德镇匠人手绘青花，容量 300ml。", 268.00m, ProductKind.Physical, VirtualDelivery.None, 15, true, true),
        new("glass-tea-cups", "home", "耐热玻璃品茗杯（4只）", "高硼硅玻璃，耐热防烫，单只 120ml。", 49.00m, ProductKind.Physical, VirtualDelivery.None, 100, false, true),
        new("aroma-diffuser", "home", "香薰扩香石", "石膏扩香石配天然精油，无火安全。", 59.00m, ProductKind.Physical, VirtualDelivery.None, 40, false, true),
        new("linen-cushion", "home", "亚麻抱枕套", "纯亚麻面料，透气亲肤，45×45cm。", 45.00m, ProductKind.Physical, VirtualDelivery.None, 60, false, true),
        new("storage-basket", "home", "草编收纳篮", "手工草编，可折叠，适合杂物与玩具收纳。", 39.00m, ProductKind.Physical, VirtualDelivery.None, 80, false, true),
        new("thermos-cup", "home", "316 不锈钢保温杯", "12 小时保温，一键开盖，480ml。", 129.00m, ProductKind.Physical, VirtualDelivery.None, 55, false, true),
        new("bamboo-chopsticks", "home", "天然竹筷（10双）", "无漆无蜡，健康环保。", 29.90m, ProductKind.Physical, VirtualDelivery.None, 200, false, true),
        new("power-bank", "gadgets", "10000mAh 移动电源", "双向快充，支持 22.5W，轻薄便携。", 99.00m, ProductKind.Physical, VirtualDelivery.None, 70, true, true),
        new("usb-c-cable", "gadgets", "USB-C 编织数据线 1m", "支持 60W 快充，编织线身耐弯折。", 25.00m, ProductKind.Physical, VirtualDelivery.None, 500, false, true),
        new("bluetooth-earbuds", "gadgets", "蓝牙无线耳机", "蓝牙 5.3，主动降噪，续航 24 小时。", 199.00m, ProductKind.Physical, VirtualDelivery.None, 30, false, true),
        new("phone-stand", "gadgets", "铝合金手机支架", "可调角度，适配 4-11 寸设备。", 39.00m, ProductKind.Physical, VirtualDelivery.None, 90, false, true),
        new("desk-lamp", "gadgets", "护眼 LED 台灯", "无频闪，三档色温，触控调光。", 159.00m, ProductKind.Physical, VirtualDelivery.None, 20, false, true),
        new("mouse-pad", "gadgets", "超大桌垫", "90×40cm，防水面料，锁边工艺。", 45.00m, ProductKind.Physical, VirtualDelivery.None, 110, false, true),
        new("mechanical-keyboard", "gadgets", "87 键机械键盘", "热插拔轴体，PBT 键帽，三模连接。", 299.00m, ProductKind.Physical, VirtualDelivery.None, 12, false, true),
        new("spicy-beef-jerky", "snacks", "四川麻辣牛肉干 200g", "精选牛后腿肉，麻辣鲜香，独立小包装。", 58.00m, ProductKind.Physical, VirtualDelivery.None, 150, false, true),
        new("osmanthus-cake", "snacks", "桂花糕礼盒", "桂林桂花入馅，软糯清甜，12 枚装。", 42.00m, ProductKind.Physical, VirtualDelivery.None, 60, true, true),
        new("walnut-kernels", "snacks", "新疆纸皮核桃仁 500g", "当季新货，颗粒饱满，原味烘烤。", 69.00m, ProductKind.Physical, VirtualDelivery.None, 80, false, true),
        new("dried-mango", "snacks", "芒果干 250g", "海南芒果，少糖烘制，果肉厚实。", 29.90m, ProductKind.Physical, VirtualDelivery.None, 200, false, true),
        new("yunnan-coffee", "snacks", "云南小粒咖啡豆 454g", "保山产区，中度烘焙，坚果与焦糖风味。", 88.00m, ProductKind.Physical, VirtualDelivery.None, 40, false, true),
        new("mooncake-box", "snacks", "广式月饼礼盒", "莲蓉、豆沙、五仁等六种口味，中秋限定。", 158.00m, ProductKind.Physical, VirtualDelivery.None, 0, false, true),
        new("hotpot-base", "snacks", "重庆牛油火锅底料 400g", "老火锅配方，麻辣醇厚，一袋可做 3-4 人份。", 36.00m, ProductKind.Physical, VirtualDelivery.None, 120, false, true),
        new("ebook-python", "ebooks", "Python 编程入门（电子书）", "从零开始学 Python，PDF 与 EPUB 格式，付款后立即下载。", 39.00m, ProductKind.Virtual, VirtualDelivery.File, 0, true, true),
        new("ebook-tea-guide", "ebooks", "中国茶事（电子书）", "图解中国名茶与冲泡方法，付款后立即下载。", 19.90m, ProductKind.Virtual, VirtualDelivery.File, 0, false, true),
        new("ebook-photography", "ebooks", "手机摄影技巧（电子书）", "构图、光线与后期，用手机拍出好照片。", 25.00m, ProductKind.Virtual, VirtualDelivery.File, 0, false, true),
        new("ebook-recipes", "ebooks", "一人食食谱（电子书）", "30 道快手一人食，简单又好吃。", 15.00m, ProductKind.Virtual, VirtualDelivery.File, 0, false, true),
        new("ebook-finance", "ebooks", "个人理财 101（电子书）", "记账、储蓄与基础投资知识。", 29.00m, ProductKind.Virtual, VirtualDelivery.File, 0, false, true),
        new("ebook-poems", "ebooks", "宋词精选（电子书）", "精选宋词一百首，附注释。", 9.90m, ProductKind.Virtual, VirtualDelivery.File, 0, false, true),
        new("ebook-calligraphy", "ebooks", "书法入门（电子书）", "笔画、结构与章法，配高清范字。", 18.00m, ProductKind.Virtual, VirtualDelivery.File, 0, false, true),
        new("gift-card-50", "gift-cards", "本店礼品卡 50 元", "付款后在订单页获得兑换码，可在本店使用。", 50.00m, ProductKind.Virtual, VirtualDelivery.Code, 0, true, true),
        new("gift-card-100", "gift-cards", "本店礼品卡 100 元", "付款后在订单页获得兑换码，可在本店使用。", 100.00m, ProductKind.Virtual, VirtualDelivery.Code, 0, false, true),
        new("gift-card-200", "gift-cards", "本店礼品卡 200 元", "付款后在订单页获得兑换码，可在本店使用。", 200.00m, ProductKind.Virtual, VirtualDelivery.Code, 0, false, true),
        new("music-vip-month", "gift-cards", "音乐会员月卡", "付款后获得兑换码，在音乐 App 中兑换一个月会员。", 15.00m, ProductKind.Virtual, VirtualDelivery.Code, 0, false, true),
        new("video-vip-month", "gift-cards", "视频会员月卡", "付款后获得兑换码，兑换一个月视频会员。", 25.00m, ProductKind.Virtual, VirtualDelivery.Code, 0, false, true),
        new("cloud-storage-year", "gift-cards", "云盘 1TB 年卡", "付款后获得兑换码，兑换一年 1TB 云存储空间。", 99.00m, ProductKind.Virtual, VirtualDelivery.Code, 0, false, true),
        new("software-license", "gift-cards", "笔记软件专业版授权", "付款后获得授权码，永久使用专业版功能。", 68.00m, ProductKind.Virtual, VirtualDelivery.Code, 0, false, true),
        new("game-points-60", "gift-cards", "游戏点券 60 元", "付款后获得点券兑换码。", 60.00m, ProductKind.Virtual, VirtualDelivery.Code, 0, false, true),
        new("tea-subscription-code", "gift-cards", "茶叶月度订阅兑换券", "兑换一个月的精选茶叶订阅（次月寄出）。", 88.00m, ProductKind.Virtual, VirtualDelivery.Code, 0, false, true),
        new("unpublished-sample", "tea", "（未上架）新品试饮装", "即将上架的新品，尚未开放购买。", 9.90m, ProductKind.Physical, VirtualDelivery.None, 10, false, false),
    ];
}
