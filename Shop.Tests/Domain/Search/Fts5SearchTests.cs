using Microsoft.Data.Sqlite;
using Shop.Domain.Catalog.Search;
using static Shop.Tests.Domain.Search.SearchCatalog;

namespace Shop.Tests.Domain.Search;

/// <summary>
/// The documents and queries of Shop.Domain's search in a real SQLite FTS5 table with the plain
/// unicode61 tokenizer, the way the shop's index holds them: every kind of query a buyer types.
/// </summary>
public sealed class Fts5SearchTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public Fts5SearchTests()
    {
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE product_search USING fts5(name, pinyin, category, short_description, full_description, tokenize = 'unicode61')");
        foreach (var (id, product) in Products)
        {
            var document = ProductSearchDocument.For(product);
            Execute(
                "INSERT INTO product_search (rowid, name, pinyin, category, short_description, full_description) VALUES ($id, $name, $pinyin, $category, $short, $full)",
                ("$id", id), ("$name", document.Name), ("$pinyin", document.Pinyin), ("$category", document.Category),
                ("$short", document.ShortDescription), ("$full", document.FullDescription));
        }
    }

    public void Dispose() => _connection.Dispose();

    public static TheoryData<string> TeaSpellings => ["tea", "Tea", "TEA", "ＴＥＡ", "tEa"];

    [Theory]
    [MemberData(nameof(TeaSpellings))]
    public void An_English_word_is_found_in_any_case_and_width(string typed) =>
        Assert.Equal([Longjing, DaHongPao, Puer, BlackTea, Teapot, TeaEbook, DeskOrganizer, GreenTea], Find(typed));

    [Fact]
    public void A_finished_word_is_not_a_prefix_any_more()
    {
        Assert.Equal([Longjing, DaHongPao, Puer, BlackTea, TeaEbook, DeskOrganizer, GreenTea], Find("tea "));
        Assert.Equal([Teapot], Find("teap"));
    }

    [Fact]
    public void Words_of_both_languages_and_of_every_column_are_found()
    {
        Assert.Equal([FountainPen], Find("fountain pen"));
        Assert.Equal([Longjing], Find("west lake"));
        Assert.Equal([Longjing], Find("hangzhou"));
        Assert.Equal([Longjing], Find("brew vacuum"));
        Assert.Equal([Teapot, DeskOrganizer], Find("home"));
        Assert.Equal([Teapot, DeskOrganizer], Find("家居"));
        Assert.Equal([HotpotBase], Find("Chongqing hotpot"));
        Assert.Equal([Longjing, DaHongPao, Puer, BlackTea, GreenTea], Find("茶叶"));
    }

    [Theory]
    [InlineData("龙井", new[] { Longjing })]
    [InlineData("红茶", new[] { BlackTea })]
    [InlineData("绿茶", new[] { GreenTea })]
    [InlineData("茶壶", new[] { Teapot })]
    [InlineData("西湖龙井", new[] { Longjing })]
    [InlineData("龙 井", new[] { Longjing })]
    [InlineData("西 湖 龙 井", new[] { Longjing })]
    [InlineData("龙　井", new[] { Longjing })]
    [InlineData("大红袍", new[] { DaHongPao })]
    public void A_Chinese_word_is_found_by_its_pairs_with_or_without_spaces(string typed, int[] found) =>
        Assert.Equal(found, Find(typed));

    [Fact]
    public void A_single_Chinese_character_is_found()
    {
        Assert.Equal([Longjing], Find("龙"));
        Assert.Equal([Longjing, DaHongPao, Puer, BlackTea, Teapot, TeaEbook, DeskOrganizer, GreenTea], Find("茶"));
        Assert.Equal([DaHongPao, BlackTea], Find("红"));
    }

    [Theory]
    [InlineData("longjing")]
    [InlineData("LongJing")]
    [InlineData("long jing")]
    [InlineData("lóngjǐng")]
    [InlineData("long")]
    [InlineData("xihu")]
    [InlineData("xihulongjing")]
    [InlineData("mingqianxihulongjing")]
    [InlineData("mingqianxi")]
    [InlineData("hulongj")]
    [InlineData("longj")]
    [InlineData("xi hu long jing")]
    [InlineData("xi'hu")]
    [InlineData("ｌｏｎｇｊｉｎｇ")]
    public void The_full_pinyin_of_a_Chinese_name_finds_it(string typed) =>
        Assert.Equal([Longjing], Find(typed));

    [Theory]
    [InlineData("lj")]
    [InlineData("LJ")]
    [InlineData("xh")]
    [InlineData("xhlj")]
    [InlineData("mqxhlj")]
    [InlineData("mqx")]
    public void The_initials_of_a_Chinese_name_find_it(string typed) =>
        Assert.Equal([Longjing], Find(typed));

    [Fact]
    public void Pinyin_reads_words_the_way_they_are_said_and_takes_u_for_ü()
    {
        Assert.Equal([HotpotBase], Find("chongqing "));
        Assert.Equal([], Find("zhongqing "));
        Assert.Equal([HotpotBase], Find("chongqingniuyou "));
        Assert.Equal([HotpotBase], Find("hgdl"));
        Assert.Equal([GreenTea], Find("lvcha"));
        Assert.Equal([GreenTea], Find("lucha"));
        Assert.Equal([GreenTea], Find("lǜchá"));
        Assert.Equal([GreenTea], Find("biluochun"));
    }

    [Fact]
    public void Full_width_digits_and_letters_find_half_width_ones()
    {
        Assert.Equal([Longjing], Find("１００ｇ"));
        Assert.Equal([Longjing], Find("龙井　１００Ｇ"));
        Assert.Equal([FountainPen], Find("ＥＦ"));
    }

    [Fact]
    public void Chinese_pinyin_and_English_mix_in_one_query()
    {
        Assert.Equal([Longjing], Find("西湖 longjing 100g"));
        Assert.Equal([BlackTea], Find("dianhong 红茶"));
    }

    [Theory]
    [InlineData("\"tea\"")]
    [InlineData("tea*")]
    [InlineData("tea:")]
    [InlineData("(tea)")]
    [InlineData("tea)")]
    [InlineData("{tea}")]
    [InlineData("-tea ")]
    public void Operator_characters_around_a_word_are_ignored(string typed) =>
        Assert.Equal([Longjing, DaHongPao, Puer, BlackTea, TeaEbook, DeskOrganizer, GreenTea], Find(typed));

    [Theory]
    [InlineData("\"tea")]
    [InlineData("-tea")]
    [InlineData("+tea")]
    [InlineData("^tea")]
    [InlineData("(tea")]
    [InlineData("*tea")]
    public void Operator_characters_before_a_word_being_typed_are_ignored(string typed) =>
        Assert.Equal([Longjing, DaHongPao, Puer, BlackTea, Teapot, TeaEbook, DeskOrganizer, GreenTea], Find(typed));

    [Theory]
    [InlineData("tea NEAR green")]
    [InlineData("NEAR(tea green)")]
    [InlineData("tea OR pen")]
    [InlineData("tea NOT green")]
    [InlineData("name:tea")]
    public void Operator_words_are_words_every_result_must_have(string typed) =>
        Assert.Equal([], Find(typed));

    [Fact]
    public void Operator_words_are_found_where_the_catalog_has_them()
    {
        Assert.Equal([GreenTea], Find("green -tea"));
        Assert.Equal([DeskOrganizer], Find("tea AND pen"));
        Assert.Equal([Longjing, Teapot, HotpotBase, TeaEbook, DeskOrganizer], Find("and"));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData("\"\"")]
    [InlineData("-")]
    [InlineData("NEAR(")]
    [InlineData("'; DROP TABLE product_search; --")]
    [InlineData("\u0000")]
    public void Nothing_a_buyer_types_breaks_the_index_expression(string typed)
    {
        var query = SearchQuery.Parse(typed);

        if (!query.IsEmpty)
        {
            Find(typed);
        }
        Assert.Equal(Products.Count, Count("SELECT count(*) FROM product_search"));
    }

    private int[] Find(string typed)
    {
        var query = SearchQuery.Parse(typed);
        Assert.False(query.IsEmpty);
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM product_search WHERE product_search MATCH $query ORDER BY rowid";
        command.Parameters.AddWithValue("$query", query.ToFts5Match());
        using var reader = command.ExecuteReader();
        var found = new List<int>();
        while (reader.Read())
        {
            found.Add(reader.GetInt32(0));
        }
        return [.. found];
    }

    private long Count(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        command.ExecuteNonQuery();
    }
}
