using System.Reflection;
using System.Reflection.Emit;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Domain.Payments.Alipay;
using Shop.Web.Features.Payments;

namespace Shop.Tests.Domain;

/// <summary>
/// The dependencies inside Shop.Domain point one way. The protocol code (Shop.Domain.Payments.Alipay)
/// is a library that knows nothing of the shop: of Shop.Domain it uses itself and China's clock
/// (<see cref="ChinaTime"/>, in the root namespace, which uses nothing of Shop.Domain either). And
/// Shop.Domain is plain C#: no ASP.NET Core, EF Core or other framework assembly. Read from the
/// compiled code: every type a type names in its signatures, attributes, locals and method bodies
/// (lambdas, iterators and async methods are nested types, so they count as their outer type's).
/// </summary>
public class DomainBoundaryTests
{
    private const string ProtocolNamespace = "Shop.Domain.Payments.Alipay";

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Assembly Domain = typeof(ChinaTime).Assembly;

    private static readonly OpCode[] OneByteOpCodes = OpCodesWhere(size: 1);

    private static readonly OpCode[] TwoByteOpCodes = OpCodesWhere(size: 2);

    [Fact]
    public void The_protocol_code_uses_no_type_of_the_shop()
    {
        var protocolTypes = Domain.GetTypes().Where(type => type.Namespace == ProtocolNamespace).ToList();
        Assert.Contains(typeof(AlipaySignature), protocolTypes);

        var used = protocolTypes.SelectMany(type => UsedTypes(type).Select(used => (type, used))).ToList();

        Assert.Contains(used, pair => pair.used == typeof(ChinaTime));
        var shopTypes = used
            .Where(pair => IsShopDomain(pair.used) && pair.used.Namespace != ProtocolNamespace && pair.used != typeof(ChinaTime))
            .Select(pair => $"{pair.type.FullName} uses {pair.used.FullName}")
            .Distinct()
            .ToList();
        Assert.Empty(shopTypes);
    }

    [Fact]
    public void China_time_uses_nothing_else_of_shop_domain()
    {
        var kernelTypes = Domain.GetTypes().Where(type => type.Namespace == "Shop.Domain").ToList();

        var others = kernelTypes
            .SelectMany(UsedTypes)
            .Where(used => IsShopDomain(used) && used.Namespace != "Shop.Domain")
            .Select(used => used.FullName)
            .Distinct()
            .ToList();

        Assert.Empty(others);
    }

    [Fact]
    public void The_shop_s_reading_of_trade_statuses_is_seen_using_its_order_events()
    {
        // The same reading finds what this boundary is about, on the shop's side of it.
        Assert.Contains(typeof(PaymentEvent), UsedTypes(typeof(TradeStatusEvents)));
        Assert.Contains(typeof(TradeStatus), UsedTypes(typeof(TradeStatusEvents)));
    }

    [Fact]
    public void Shop_domain_references_no_web_or_data_framework()
    {
        var references = Domain.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.Contains("System.Runtime", references);
        Assert.All(references, name => Assert.True(
            name.StartsWith("System.", StringComparison.Ordinal) || name is "System" or "netstandard" or "mscorlib",
            $"Shop.Domain references {name}."));
    }

    // Code the compiler writes into the assembly (generated regexes, constant data) has namespaces of its own.
    private static bool IsShopDomain(Type type) =>
        type.Assembly == Domain && type.Namespace is { } name && (name == "Shop.Domain" || name.StartsWith("Shop.Domain.", StringComparison.Ordinal));

    /// <summary>Every type <paramref name="type"/> and its nested types name, taken apart into generic arguments and element types.</summary>
    private static HashSet<Type> UsedTypes(Type type)
    {
        var used = new HashSet<Type>();
        Collect(type, used);
        return used;
    }

    private static void Collect(Type type, HashSet<Type> used)
    {
        Add(type.BaseType, used);
        foreach (var contract in type.GetInterfaces())
        {
            Add(contract, used);
        }
        AddAttributes(type.CustomAttributes, used);
        foreach (var field in type.GetFields(Declared))
        {
            Add(field.FieldType, used);
            AddAttributes(field.CustomAttributes, used);
        }
        foreach (var property in type.GetProperties(Declared))
        {
            Add(property.PropertyType, used);
            AddAttributes(property.CustomAttributes, used);
        }
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo withReturn)
            {
                Add(withReturn.ReturnType, used);
            }
            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType, used);
                AddAttributes(parameter.CustomAttributes, used);
            }
            AddAttributes(method.CustomAttributes, used);
            AddBody(method, used);
        }
        foreach (var nested in type.GetNestedTypes(Declared))
        {
            Collect(nested, used);
        }
    }

    private static void AddAttributes(IEnumerable<CustomAttributeData> attributes, HashSet<Type> used)
    {
        foreach (var attribute in attributes)
        {
            Add(attribute.AttributeType, used);
        }
    }

    private static void AddBody(MethodBase method, HashSet<Type> used)
    {
        var body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }
        foreach (var local in body.LocalVariables)
        {
            Add(local.LocalType, used);
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        foreach (var token in MemberTokens(body.GetILAsByteArray() ?? []))
        {
            switch (method.Module.ResolveMember(token, typeArguments, methodArguments))
            {
                case Type named:
                    Add(named, used);
                    break;
                case FieldInfo field:
                    Add(field.DeclaringType, used);
                    Add(field.FieldType, used);
                    break;
                case MethodBase called:
                    Add(called.DeclaringType, used);
                    if (called is MethodInfo calledMethod)
                    {
                        Add(calledMethod.ReturnType, used);
                        foreach (var argument in calledMethod.IsGenericMethod ? calledMethod.GetGenericArguments() : [])
                        {
                            Add(argument, used);
                        }
                    }
                    foreach (var parameter in called.GetParameters())
                    {
                        Add(parameter.ParameterType, used);
                    }
                    break;
            }
        }
    }

    private static void Add(Type? type, HashSet<Type> used)
    {
        if (type is null || type.IsGenericParameter || !used.Add(type))
        {
            return;
        }
        if (type.HasElementType)
        {
            Add(type.GetElementType(), used);
        }
        if (type.IsGenericType)
        {
            Add(type.GetGenericTypeDefinition(), used);
            foreach (var argument in type.GetGenericArguments())
            {
                Add(argument, used);
            }
        }
    }

    // The metadata tokens an IL body names types, fields and methods by, read opcode by opcode.
    private static IEnumerable<int> MemberTokens(byte[] il)
    {
        for (var at = 0; at < il.Length;)
        {
            var opCode = il[at] == 0xFE ? TwoByteOpCodes[il[at + 1]] : OneByteOpCodes[il[at]];
            at += opCode.Size;
            switch (opCode.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    yield return BitConverter.ToInt32(il, at);
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                default:
                    at += OperandSize(opCode.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    private static OpCode[] OpCodesWhere(int size)
    {
        var table = new OpCode[256];
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is OpCode { } opCode && opCode.Size == size)
            {
                table[(ushort)opCode.Value & 0xFF] = opCode;
            }
        }
        return table;
    }
}
