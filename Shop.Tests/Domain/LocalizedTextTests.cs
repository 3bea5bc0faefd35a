using Shop.Domain.Catalog;

namespace Shop.Tests.Domain;

public class LocalizedTextTests
{
    [Fact]
    public void A_text_is_read_in_the_language_asked_for()
    {
        var name = new LocalizedText("明前西湖龙井", "West Lake Longjing");

        Assert.Equal("明前西湖龙井", name.In(Language.Chinese));
        Assert.Equal("West Lake Longjing", name.In(Language.English));
    }

    [Fact]
    public void A_text_missing_in_one_language_is_read_in_the_other_and_never_empty()
    {
        var chineseOnly = new LocalizedText("活着", null);
        var englishOnly = new LocalizedText("  ", "To Live");

        Assert.Equal("活着", chineseOnly.In(Language.English));
        Assert.Equal("To Live", englishOnly.In(Language.Chinese));
        Assert.Null(englishOnly.Chinese);
        Assert.Equal("", LocalizedText.Empty.In(Language.English));
    }

    [Fact]
    public void Blank_is_missing_and_text_is_trimmed()
    {
        var text = new LocalizedText(" \t", "  Tea \n");

        Assert.Equal((null, "Tea"), (text.Chinese, text.English));
        Assert.True(new LocalizedText("", " ").IsEmpty);
        Assert.Equal(new LocalizedText(null, "Tea"), text);
    }

    [Fact]
    public void A_text_is_missing_in_a_language_only_when_the_other_one_has_it()
    {
        var chineseOnly = new LocalizedText("茶叶", null);

        Assert.True(chineseOnly.IsMissingIn(Language.English));
        Assert.False(chineseOnly.IsMissingIn(Language.Chinese));
        Assert.False(LocalizedText.Empty.IsMissingIn(Language.English));
        Assert.False(new LocalizedText("茶叶", "Tea").IsMissingIn(Language.English));
    }

    [Theory]
    [InlineData("明前西湖龙井 100g", "明前西湖龙井 100g", null)]
    [InlineData("Python 编程入门", "Python 编程入门", null)]
    [InlineData("Longjing tea 100g", null, "Longjing tea 100g")]
    [InlineData("Café crème", null, "Café crème")]
    [InlineData("𠀀 rare", "𠀀 rare", null)]
    [InlineData("   ", null, null)]
    public void A_text_of_no_stated_language_is_Chinese_when_it_has_a_Chinese_character(string text, string? chinese, string? english)
    {
        var read = LocalizedText.ByScript(text);

        Assert.Equal((chinese, english), (read.Chinese, read.English));
    }
}
