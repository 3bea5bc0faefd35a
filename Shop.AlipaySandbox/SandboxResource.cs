using Microsoft.Extensions.Localization;

[assembly: ResourceLocation("Resources")]
[assembly: RootNamespace("Shop.AlipaySandbox")]

namespace Shop.AlipaySandbox;

/// <summary>
/// Marker for the sandbox's own texts (Resources/SandboxResource.*.resx, zh-CN and en). The
/// assembly names the folder itself, so the texts are found whatever resources path the host sets.
/// </summary>
public class SandboxResource;
