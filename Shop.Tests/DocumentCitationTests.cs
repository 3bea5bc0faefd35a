using System.Text.RegularExpressions;

namespace Shop.Tests;

/// <summary>
/// Comments cite documents of the repository, and a citation is only worth something if it leads
/// somewhere: "docs/alipay-protocol.md §2" to a heading numbered 2 of that file,
/// "docs/architecture.md: Money and orders" to a heading of that name, "README: Architecture" to
/// one of the README's. A section sign names its document; no document outside docs/ is cited but
/// the README.
/// </summary>
public partial class DocumentCitationTests
{
    private static readonly string[] CodeExtensions = [".cs", ".cshtml", ".razor", ".csproj", ".props"];

    [Fact]
    public void Every_citation_in_the_code_leads_to_a_document_and_section_that_exist()
    {
        var files = CodeFiles();
        Assert.Contains("Shop.Domain/Payments/Alipay/AlipaySignature.cs", files);
        Assert.Contains("Shop.Web/Features/Payments/Pay.cshtml", files);
        Assert.Contains("Shop.Web/Components/OrderStatusPanel.razor", files);

        var problems = files.SelectMany(file => Problems(file).Select(problem => $"{file}: {problem}")).ToList();

        Assert.True(problems.Count == 0, "Citations that lead nowhere:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Citations_are_read_as_comments_write_them()
    {
        Assert.Empty(Headings($"docs/{Guid.NewGuid():N}.md")); // a document that is not there has no headings
        Assert.Contains("2. Signing (MD5)", Headings("docs/alipay-protocol.md"));
        Assert.Equal(["2", "3", "6a"], SectionNumberCitation().Match("(docs/alipay-protocol.md §2, §3, §6a)").Groups["number"].Captures.Select(c => c.Value));
        Assert.Equal("Money and orders", SectionNameCitation().Match("(docs/architecture.md: Money and orders): stored").Groups["name"].Value);
        Assert.Equal("README.md", MarkdownFile().Match("as README.md asks").Value);
        Assert.Equal("docs/architecture.md", MarkdownFile().Match("(docs/architecture.md)").Value);
    }

    private static List<string> CodeFiles()
    {
        var files = new List<string>();
        foreach (var path in Directory.EnumerateFiles(SourceTree.Root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(SourceTree.Root, path).Replace('\\', '/');
            var folders = relative.Split('/')[..^1];
            if (CodeExtensions.Contains(Path.GetExtension(path))
                && !folders.Any(folder => folder is "bin" or "obj" || folder.StartsWith('.'))
                && Path.GetFileName(path) != nameof(DocumentCitationTests) + ".cs")
            {
                files.Add(relative);
            }
        }
        return files;
    }

    private static List<string> Problems(string file)
    {
        var text = File.ReadAllText(Path.Combine(SourceTree.Root, file));
        var problems = new List<string>();

        var numbered = SectionNumberCitation().Matches(text);
        foreach (Match citation in numbered)
        {
            foreach (Capture number in citation.Groups["number"].Captures)
            {
                if (!Headings(DocsFile(citation)).Any(heading => heading.StartsWith(number.Value + ". ", StringComparison.Ordinal)))
                {
                    problems.Add($"{citation.Value}: {Missing(DocsFile(citation), "§" + number.Value)}");
                }
            }
        }
        foreach (Match section in SectionSign().Matches(text))
        {
            if (!numbered.Any(citation => citation.Index <= section.Index && section.Index < citation.Index + citation.Length))
            {
                problems.Add($"a § that names no docs/ file: {Around(text, section.Index)}");
            }
        }
        foreach (Match citation in SectionNameCitation().Matches(text))
        {
            var document = citation.Groups["document"].Value;
            var path = document.StartsWith("README", StringComparison.Ordinal) ? "README.md" : document;
            var name = citation.Groups["name"].Value.Trim();
            if (!Headings(path).Any(heading => string.Equals(WithoutNumber(heading), name, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"{citation.Value}: {Missing(path, $"\"{name}\"")}");
            }
        }
        foreach (Match document in MarkdownFile().Matches(text))
        {
            if (document.Value != "README.md" && !document.Value.StartsWith("docs/", StringComparison.Ordinal))
            {
                problems.Add($"{document.Value} is not a document of the repository's docs/: {Around(text, document.Index)}");
            }
        }
        return problems;
    }

    // "docs/alipay-protocol.md §2", "docs/alipay-protocol.md §2, §3, §6a"
    [GeneratedRegex(@"docs/[\w.-]+\.md(?:(?:,\s*|\s+and\s+|\s+)§(?<number>\d+[a-z]?))+")]
    private static partial Regex SectionNumberCitation();

    // "docs/architecture.md: Money and orders", "README: Configuration": the name runs to a
    // closing parenthesis, a semicolon, a colon, a full stop or the end of the line.
    [GeneratedRegex(@"(?<document>docs/[\w.-]+\.md|README(?:\.md)?): (?<name>[A-Za-z][^()\r\n;:]*?)(?=\)|;|:|\.(?:\s|$)|\s*$)", RegexOptions.Multiline)]
    private static partial Regex SectionNameCitation();

    [GeneratedRegex("§")]
    private static partial Regex SectionSign();

    // Any Markdown file named, inside docs/ or not: "docs/architecture.md", "README.md".
    [GeneratedRegex(@"(?<![\w/.-])(?:[\w.-]+/)*[\w.-]+\.md\b")]
    private static partial Regex MarkdownFile();

    private static string DocsFile(Match citation) => citation.Value[..(citation.Value.IndexOf(".md", StringComparison.Ordinal) + 3)];

    /// <summary>The headings of a document of the repository, without their #s (code blocks skipped); none when there is no such file.</summary>
    private static List<string> Headings(string relativePath)
    {
        var path = Path.Combine(SourceTree.Root, relativePath);
        var headings = new List<string>();
        var inCode = false;
        foreach (var line in File.Exists(path) ? File.ReadLines(path) : [])
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
            }
            else if (!inCode && line.StartsWith('#'))
            {
                headings.Add(line.TrimStart('#').Trim());
            }
        }
        return headings;
    }

    private static string Missing(string document, string section) =>
        File.Exists(Path.Combine(SourceTree.Root, document)) ? $"{document} has no section {section}" : $"there is no {document}";

    // "4. Notifications" is cited by name as "Notifications".
    private static string WithoutNumber(string heading) => NumberPrefix().Replace(heading, "");

    [GeneratedRegex(@"^\d+[a-z]?\.\s+")]
    private static partial Regex NumberPrefix();

    private static string Around(string text, int index)
    {
        var start = text.LastIndexOf('\n', index) + 1;
        var end = text.IndexOf('\n', index);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }
}
