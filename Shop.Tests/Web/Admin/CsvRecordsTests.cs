using Shop.Web.Areas.Admin.Features.ProductImport;

namespace Shop.Tests.Web.Admin;

/// <summary>The CSV reader of the product import: RFC 4180 quoting, any line break, and the line each record starts on.</summary>
public class CsvRecordsTests
{
    private static async Task<List<CsvRecord>> ReadAsync(string text)
    {
        var records = new List<CsvRecord>();
        await foreach (var record in CsvRecords.ReadAsync(new StringReader(text)))
        {
            records.Add(record);
        }
        return records;
    }

    [Fact]
    public async Task Fields_are_split_on_commas_and_records_on_any_line_break()
    {
        var records = await ReadAsync("a,b,c\r\n1,2,3\n4,,6\r7,8,9");

        Assert.Equal([["a", "b", "c"], ["1", "2", "3"], ["4", "", "6"], ["7", "8", "9"]], records.Select(r => r.Fields));
        Assert.Equal([1, 2, 3, 4], records.Select(r => r.Line));
        Assert.All(records, r => Assert.Equal(CsvProblem.None, r.Problem));
    }

    [Fact]
    public async Task A_quoted_field_holds_commas_doubled_quotes_and_line_breaks_and_later_lines_are_counted_right()
    {
        var records = await ReadAsync("name,description\r\n\"Tea, green\",\"He said \"\"good\"\"\r\nSecond line\nThird\"\r\nlast,\"\"\r\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["Tea, green", "He said \"good\"\r\nSecond line\nThird"], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal(["last", ""], records[2].Fields);
        Assert.Equal(5, records[2].Line);
    }

    [Fact]
    public async Task Blank_lines_are_skipped_but_counted()
    {
        var records = await ReadAsync("a\r\n\r\n\nb\n");

        Assert.Equal([(1, "a"), (4, "b")], records.Select(r => (r.Line, r.Fields.Single())));
    }

    [Fact]
    public async Task A_quote_inside_an_unquoted_field_is_text()
    {
        var record = Assert.Single(await ReadAsync("12\" pizza,x"));

        Assert.Equal(["12\" pizza", "x"], record.Fields);
        Assert.Equal(CsvProblem.None, record.Problem);
    }

    [Fact]
    public async Task A_quote_never_closed_takes_the_rest_of_the_file_and_says_so()
    {
        var records = await ReadAsync("a,b\n1,\"open\n2,3\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(CsvProblem.QuoteNotClosed, records[1].Problem);
        Assert.Equal(2, records[1].Line);
    }

    [Fact]
    public async Task Text_after_a_closing_quote_is_a_problem_of_that_record_only()
    {
        var records = await ReadAsync("\"abc\"def,x\nnext,y\n");

        Assert.Equal(CsvProblem.TextAfterClosingQuote, records[0].Problem);
        Assert.Equal(CsvProblem.None, records[1].Problem);
        Assert.Equal(["next", "y"], records[1].Fields);
    }

    [Fact]
    public async Task A_field_longer_than_the_limit_is_cut_and_marked_and_the_next_record_is_read()
    {
        var records = await ReadAsync(new string('x', CsvRecords.MaxFieldLength + 5) + ",b\nnext\n");

        Assert.Equal(CsvProblem.FieldTooLong, records[0].Problem);
        Assert.Equal(CsvRecords.MaxFieldLength, records[0].Fields[0].Length);
        Assert.Equal(["next"], records[1].Fields);
    }

    [Fact]
    public async Task A_closing_quote_at_the_very_end_of_the_file_closes_the_field()
    {
        var record = Assert.Single(await ReadAsync("a,\"b\""));

        Assert.Equal(["a", "b"], record.Fields);
        Assert.Equal(CsvProblem.None, record.Problem);
    }

    [Fact]
    public async Task Records_longer_than_the_read_buffer_are_read_whole()
    {
        var description = string.Concat(Enumerable.Repeat("长描述，\"引号\"\n", 2000));
        var text = "slug,description\nlong,\"" + description.Replace("\"", "\"\"") + "\"\nafter,x\n";

        var records = await ReadAsync(text);

        Assert.Equal(description, records[1].Fields[1]);
        Assert.Equal(2 + 2000 + 1, records[2].Line);
    }
}
