using System.Reflection;
using System.Reflection.Emit;

namespace Summarizer.TestSupport.Architecture;

/// <summary>
/// Every type a type uses, read from its metadata and from the IL of its method bodies, so a dependency
/// hidden in a method body (a <c>new</c>, a static call, a cast, a catch) counts as much as one in a signature.
/// Compiler-generated nested types (lambda closures, async and iterator state machines) belong to their outer type.
/// Compile-time constants (const fields, enum values) are inlined by the compiler and leave no trace in IL.
/// </summary>
public static class TypeReferences
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic
        | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>The outermost declaring type: where code in a nested or compiler-generated type was written.</summary>
    public static Type Owner(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    /// <summary>The types <paramref name="owner"/> and every type nested in it use, each with where and how.</summary>
    public static IEnumerable<(Type Target, string How)> UsedBy(Type owner) =>
        Of(owner).Select(u => (u.Target, $"{owner.Name}: {u.How}"))
            .Concat(owner.GetNestedTypes(Declared).SelectMany(UsedBy).Select(u => (u.Target, $"{owner.Name}+{u.How}")));

    // What the type itself uses, its nested types left out.
    private static IEnumerable<(Type Target, string How)> Of(Type type)
    {
        var found = new List<(Type, string)>();
        void Add(Type? t, string how) => Collect(t, how, found);

        Add(type.BaseType, "base type");
        var inherited = type.BaseType?.GetInterfaces() ?? [];
        foreach (var i in type.GetInterfaces().Except(inherited))
        {
            Add(i, "interface");
        }

        foreach (var a in type.GetCustomAttributesData())
        {
            Add(a.AttributeType, "attribute");
        }

        foreach (var g in type.IsGenericTypeDefinition ? type.GetGenericArguments() : [])
        {
            foreach (var c in g.GetGenericParameterConstraints())
            {
                Add(c, "generic constraint");
            }
        }

        foreach (var f in type.GetFields(Declared))
        {
            Add(f.FieldType, $"field {f.Name}");
        }

        foreach (var p in type.GetProperties(Declared))
        {
            Add(p.PropertyType, $"property {p.Name}");
        }

        foreach (var e in type.GetEvents(Declared))
        {
            Add(e.EventHandlerType, $"event {e.Name}");
        }

        foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            FromMethod(type, m, found);
        }

        return found;
    }

    private static void FromMethod(Type type, MethodBase method, List<(Type, string)> found)
    {
        var where = $"{method.Name}";
        if (method is MethodInfo info)
        {
            Collect(info.ReturnType, $"{where} returns", found);
        }

        foreach (var p in method.GetParameters())
        {
            Collect(p.ParameterType, $"{where} parameter {p.Name}", found);
        }

        foreach (var a in method.GetCustomAttributesData())
        {
            Collect(a.AttributeType, $"{where} attribute", found);
        }

        var body = method.GetMethodBody();
        if (body is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Collect(local.LocalType, $"{where} local", found);
        }

        foreach (var clause in body.ExceptionHandlingClauses)
        {
            if (clause.Flags == ExceptionHandlingClauseOptions.Clause)
            {
                Collect(clause.CatchType, $"{where} catch", found);
            }
        }

        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        foreach (var token in MemberTokens(body.GetILAsByteArray() ?? []))
        {
            var member = method.Module.ResolveMember(token, typeArguments, methodArguments);
            switch (member)
            {
                case Type t:
                    Collect(t, $"{where} uses type", found);
                    break;
                case MethodBase m:
                    Collect(m.DeclaringType, $"{where} calls {m.Name}", found);
                    foreach (var g in m.IsGenericMethod ? m.GetGenericArguments() : [])
                    {
                        Collect(g, $"{where} calls {m.Name}<>", found);
                    }

                    break;
                case FieldInfo f:
                    Collect(f.DeclaringType, $"{where} reads {f.Name}", found);
                    Collect(f.FieldType, $"{where} reads {f.Name}", found);
                    break;
            }
        }
    }

    // Walks the IL stream and yields the metadata tokens of opcodes whose operand is a type, method, field or token.
    private static IEnumerable<int> MemberTokens(byte[] il)
    {
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[at++]);
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, at);
                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += OperandSize(code.OperandType);
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

    // A constructed type stands for its definition and each of its parts: List<Claim[]> uses List<>, Claim.
    private static void Collect(Type? type, string how, List<(Type, string)> found)
    {
        if (type is null || type.IsGenericParameter)
        {
            return;
        }

        if (type.HasElementType)
        {
            Collect(type.GetElementType(), how, found);
            return;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Collect(argument, how, found);
            }

            type = type.GetGenericTypeDefinition();
        }

        found.Add((type, how));
    }
}
