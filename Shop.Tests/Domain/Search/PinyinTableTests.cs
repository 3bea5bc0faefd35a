using System.Text;
using Shop.Domain.Catalog.Search;

namespace Shop.Tests.Domain.Search;

public class PinyinTableTests
{
    private static readonly PinyinTable Table = PinyinTable.Default;

    [Fact]
    public void The_embedded_table_has_every_common_character_in_toneless_syllables()
    {
        Assert.Equal(20_935, Table.CharacterCount);
        Assert.Equal(407, Table.AllSyllables.Count);
        Assert.All(Table.AllSyllables, syllable => Assert.Matches("^[a-z]+$", syllable));
        Assert.Contains("lv", Table.AllSyllables);
        Assert.DoesNotContain("lü", Table.AllSyllables);
    }

    [Fact]
    public void A_name_reads_as_full_pinyin_syllables_and_initials()
    {
        Assert.Equal(["ming", "qian", "xi", "hu", "long", "jing"], Table.SyllablesOf("明前西湖龙井 100g"));
        Assert.Equal("mingqianxihulongjing", Table.FullPinyin("明前西湖龙井"));
        Assert.Equal("mqxhlj", Table.Initials("明前西湖龙井"));
        Assert.Equal("lj", Table.Initials("龙井"));
        Assert.Equal("", Table.FullPinyin("Longjing tea"));
    }

    [Theory]
    [InlineData('行', "xing")]
    [InlineData('长', "chang")]
    [InlineData('乐', "le")]
    [InlineData('重', "zhong")]
    [InlineData('绿', "lv")]
    [InlineData('女', "nv")]
    [InlineData('茶', "cha")]
    public void A_polyphone_reads_as_its_most_common_reading(char character, string syllable) =>
        Assert.Equal(syllable, Table.SyllableOf(new Rune(character)));

    [Theory]
    [InlineData("重庆火锅", "chongqinghuoguo")]
    [InlineData("银行卡", "yinhangka")]
    [InlineData("银行", "yinhang")]
    [InlineData("音乐盒", "yinyuehe")]
    [InlineData("体重", "tizhong")]
    public void Words_that_read_otherwise_win_over_their_characters(string text, string pinyin) =>
        Assert.Equal(pinyin, Table.FullPinyin(text));

    [Fact]
    public void Traditional_and_compatibility_forms_read_like_the_plain_character()
    {
        Assert.Equal("longjing", Table.FullPinyin("龍井"));
        Assert.Equal("li", Table.FullPinyin("\uF9E9")); // the compatibility form of 里
        Assert.Null(Table.SyllableOf(new Rune('a')));
        Assert.Null(Table.SyllableOf(new Rune(0x20000)));
    }

    [Theory]
    [InlineData("xihulongjing", false, "xi hu long jing")]
    [InlineData("mingqianxihulongjing", false, "ming qian xi hu long jing")]
    [InlineData("xian", false, "xian")]
    [InlineData("lvcha", false, "lv cha")]
    [InlineData("lucha", false, "lu cha")]
    [InlineData("nue", false, "nue")]
    [InlineData("longj", true, "long j")]
    [InlineData("xihulongjin", true, "xi hu long jin")]
    public void Letters_typed_without_spaces_split_into_syllables(string letters, bool typing, string syllables)
    {
        Assert.True(Table.TrySplit(letters, typing, out var pieces));
        Assert.Equal(syllables, string.Join(' ', pieces));
    }

    [Theory]
    [InlineData("longj", false)]
    [InlineData("green", false)]
    [InlineData("mqxhlj", true)]
    [InlineData("", true)]
    public void Letters_that_are_not_pinyin_do_not_split(string letters, bool typing) =>
        Assert.False(Table.TrySplit(letters, typing, out _));
}
