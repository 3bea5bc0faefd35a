using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Shop.AlipaySandbox;
using Shop.Domain;
using Shop.Domain.Payments.Alipay;

namespace Shop.Tests.Sandbox;

/// <summary>
/// The sandbox knows the shop only through the protocol: it does not reference Shop.Web, and of
/// Shop.Domain it uses the protocol code (Shop.Domain.Payments.Alipay) and China's clock
/// (<see cref="ChinaTime"/>, which the protocol uses too) alone. Read from the sandbox assembly's
/// metadata: every type its code and its compiled views refer to.
/// </summary>
public class SandboxDependencyTests
{
    private const string ProtocolNamespace = "Shop.Domain.Payments.Alipay";

    [Fact]
    public void The_sandbox_does_not_reference_the_shop()
    {
        using var sandbox = Open();
        var metadata = sandbox.GetMetadataReader();
        var references = metadata.AssemblyReferences.Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name)).ToList();

        Assert.Contains("Shop.Domain", references);
        Assert.DoesNotContain("Shop.Web", references);
    }

    [Fact]
    public void Of_the_shop_s_code_the_sandbox_uses_the_protocol_only()
    {
        using var sandbox = Open();
        var metadata = sandbox.GetMetadataReader();
        var shopTypes = metadata.TypeReferences
            .Select(handle => Describe(metadata, handle))
            .Where(type => type.Assembly.StartsWith("Shop.", StringComparison.Ordinal) || type.Namespace.StartsWith("Shop.", StringComparison.Ordinal))
            .ToList();

        Assert.Contains(shopTypes, type => type.Name == nameof(AlipaySignature));
        Assert.All(shopTypes, type =>
        {
            Assert.Equal("Shop.Domain", type.Assembly);
            Assert.True(
                type.Namespace == ProtocolNamespace || type is { Namespace: "Shop.Domain", Name: nameof(ChinaTime) },
                $"The sandbox uses {type.Namespace}.{type.Name}.");
        });
    }

    private static PEReader Open() => new(File.OpenRead(typeof(SandboxHostingStartup).Assembly.Location));

    // A type the sandbox refers to: the assembly it lives in and its namespace (a nested type's is its outer type's).
    private static (string Assembly, string Namespace, string Name) Describe(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var name = metadata.GetString(type.Name);
        return type.ResolutionScope.Kind switch
        {
            HandleKind.TypeReference => Describe(metadata, (TypeReferenceHandle)type.ResolutionScope) with { Name = name },
            HandleKind.AssemblyReference => (
                metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name),
                metadata.GetString(type.Namespace),
                name),
            _ => ("", metadata.GetString(type.Namespace), name),
        };
    }
}
