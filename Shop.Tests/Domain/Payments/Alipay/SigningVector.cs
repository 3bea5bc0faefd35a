using System.Text.Json;
using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Domain.Payments.Alipay;

/// <summary>One known-answer case of vectors.json (docs/alipay-protocol.md §2 says where each case comes from).</summary>
public sealed record SigningVector(string Source, AlipayCharset Charset, string Key, IReadOnlyList<KeyValuePair<string, string>> Parameters, string Sign)
{
    private static readonly Lazy<IReadOnlyList<SigningVector>> Loaded = new(Load);

    public static IReadOnlyList<SigningVector> All => Loaded.Value;

    public static TheoryData<int> Indexes()
    {
        var indexes = new TheoryData<int>();
        for (var i = 0; i < All.Count; i++)
        {
            indexes.Add(i);
        }

        return indexes;
    }

    /// <summary>The vectors whose bytes differ between charsets, so a wrong charset must show.</summary>
    public static TheoryData<int> NonAsciiIndexes()
    {
        var indexes = new TheoryData<int>();
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Parameters.Any(p => p.Value.Any(c => c > 127)))
            {
                indexes.Add(i);
            }
        }

        return indexes;
    }

    private static IReadOnlyList<SigningVector> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Domain", "Payments", "Alipay", "vectors.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray()
            .Select(v => new SigningVector(
                v.GetProperty("source").GetString()!,
                AlipayCharset.FromName(v.GetProperty("charset").GetString()),
                v.GetProperty("key").GetString()!,
                v.GetProperty("params").EnumerateObject()
                    .Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!))
                    .ToList(),
                v.GetProperty("sign").GetString()!))
            .ToList();
    }
}
