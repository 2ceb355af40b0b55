using System.Globalization;
using System.Text;
using GraphApi.GraphQL.Types;

namespace GraphApi.Schema.Tests.Conformance;

/// <summary>
/// Generates documents from the schema: a valid operation built by walking the types (arguments with literals of the
/// right type, sub-selections down to leaves, fragments and inline fragments), then, for most documents, one or two
/// mutations that break a particular validation rule of spec §5 (an unknown field, a missing argument, a fragment
/// cycle, …). Deterministic for a seed, so a disagreement reproduces.
/// </summary>
internal sealed class ValidationCorpusGenerator(GraphQLSchema schema, int seed)
{
    private static readonly string[] Mutations =
    [
        "unknown-field", "unknown-argument", "missing-required-argument", "wrong-literal", "selection-on-leaf",
        "missing-selection", "duplicate-argument", "undefined-variable", "unused-variable", "unused-fragment",
        "fragment-unknown-type", "undefined-fragment", "fragment-cycle", "impossible-inline-fragment", "unknown-directive",
        "skip-without-if", "skip-wrong-type", "duplicate-operation", "anonymous-and-named", "alias-conflict",
        "variable-wrong-type", "output-type-variable", "directive-wrong-location", "duplicate-directive",
        "input-unknown-field", "fragment-on-scalar", "duplicate-fragment", "nullable-variable-for-non-null",
    ];

    private readonly Random random = new(seed);
    private readonly List<string> fragments = [];
    private int fragmentCount;

    public IEnumerable<(string Name, string Document)> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var mutation = i % 5 == 0 ? null : Mutations[random.Next(Mutations.Length)];
            yield return ($"generated-{i:D3}-{mutation ?? "valid"}", Build(mutation));
        }
    }

    private string Build(string? mutation)
    {
        fragments.Clear();
        fragmentCount = 0;
        var body = new StringBuilder();
        var variables = new List<string>();
        body.Append(Selection(schema.QueryType, depth: 0, mutation, variables));

        var header = "query Q" + (variables.Count > 0 ? "(" + string.Join(", ", variables) + ")" : string.Empty);
        var operation = mutation switch
        {
            "unused-variable" => "query Q($unused: Int" + (variables.Count > 0 ? ", " + string.Join(", ", variables) : string.Empty) + ")",
            "output-type-variable" => "query Q($out: Person" + (variables.Count > 0 ? ", " + string.Join(", ", variables) : string.Empty) + ")",
            "directive-wrong-location" => header + " @skip(if: true)",
            _ => header,
        };

        var document = new StringBuilder(operation).Append(' ').Append(body);
        foreach (var fragment in fragments)
        {
            document.Append('\n').Append(fragment);
        }

        switch (mutation)
        {
            case "unused-fragment":
                document.Append("\nfragment Unused on Person { id }");
                break;
            case "duplicate-operation":
                document.Append("\nquery Q { __typename }");
                break;
            case "anonymous-and-named":
                document.Append("\n{ __typename }");
                break;
            case "fragment-cycle":
                document.Append("\nquery C { node(id: \"x\") { ...A } }\nfragment A on Person { ...B }\nfragment B on Person { ...A }");
                break;
            case "duplicate-fragment":
                document.Append("\nquery D { node(id: \"x\") { ...Twice } }\nfragment Twice on Person { id }\nfragment Twice on Person { name }");
                break;
        }

        return document.ToString();
    }

    private string Selection(ComplexType type, int depth, string? mutation, List<string> variables)
    {
        var parts = new List<string>();
        var fields = type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        var picks = 1 + random.Next(Math.Min(3, fields.Count));
        for (var p = 0; p < picks; p++)
        {
            var field = fields[random.Next(fields.Count)];
            parts.Add(Field(field, depth, p == 0 && depth == 0 ? mutation : null, variables));
        }

        if (depth == 0)
        {
            switch (mutation)
            {
                case "unknown-field":
                    parts.Add("notAField");
                    break;
                case "alias-conflict":
                    parts.Add("same: __typename");
                    parts.Add("same: conflicts { id }");
                    break;
                case "undefined-fragment":
                    parts.Add("...Missing");
                    break;
                case "unknown-directive":
                    parts.Add("__typename @notADirective");
                    break;
                case "skip-without-if":
                    parts.Add("__typename @skip");
                    break;
                case "skip-wrong-type":
                    parts.Add("__typename @include(if: \"yes\")");
                    break;
                case "duplicate-directive":
                    parts.Add("__typename @skip(if: false) @skip(if: false)");
                    break;
                case "undefined-variable":
                    parts.Add("__typename @include(if: $notDeclared)");
                    break;
                case "fragment-unknown-type":
                    parts.Add("... on NotAType { id }");
                    break;
                case "impossible-inline-fragment":
                    parts.Add("... on Person { id }");
                    break;
            }
        }

        return "{ " + string.Join(" ", parts) + " }";
    }

    private string Field(FieldDefinition field, int depth, string? mutation, List<string> variables)
    {
        var text = new StringBuilder(random.Next(4) == 0 ? $"a{random.Next(1000)}: " : string.Empty).Append(field.Name);
        var arguments = new List<string>();
        foreach (var argument in field.Arguments)
        {
            var required = argument.Type is NonNullType && !argument.HasDefaultValue;
            if (required && mutation == "missing-required-argument")
            {
                continue;
            }

            if (required || random.Next(3) == 0)
            {
                arguments.Add(Argument(argument, mutation, variables));
            }
        }

        if (mutation == "unknown-argument")
        {
            arguments.Add("notAnArgument: 1");
        }

        if (mutation == "duplicate-argument" && arguments.Count > 0)
        {
            arguments.Add(arguments[0]);
        }

        if (arguments.Count > 0)
        {
            text.Append('(').Append(string.Join(", ", arguments)).Append(')');
        }

        var named = field.Type.NamedType;
        if (named is ScalarType or EnumType)
        {
            if (mutation == "selection-on-leaf")
            {
                text.Append(" { id }");
            }

            return text.ToString();
        }

        if (mutation == "missing-selection" || depth >= 3)
        {
            return depth >= 3 && mutation != "missing-selection" ? "__typename" : text.ToString();
        }

        text.Append(' ').Append(CompositeSelection(named, depth + 1, mutation, variables));
        return text.ToString();
    }

    private string CompositeSelection(NamedType type, int depth, string? mutation, List<string> variables)
    {
        var possible = type is ObjectType ? [] : schema.GetPossibleTypes(type);
        var selection = type is ComplexType complex ? Selection(complex, depth, null, variables) : "{ __typename }";
        if (possible.Count > 0 && random.Next(2) == 0)
        {
            var target = possible[random.Next(possible.Count)];
            var inner = Selection(target, depth, null, variables);
            selection = selection.Insert(selection.Length - 1, $"... on {target.Name} {inner} ");
        }

        if (mutation == "fragment-on-scalar")
        {
            fragments.Add("fragment OnScalar on String { length }");
            selection = selection.Insert(selection.Length - 1, "...OnScalar ");
        }
        else if (random.Next(4) == 0 && type is ObjectType or InterfaceType)
        {
            var name = $"F{fragmentCount++}";
            fragments.Add($"fragment {name} on {type.Name} {Selection((ComplexType)type, depth, null, variables)}");
            selection = selection.Insert(selection.Length - 1, $"...{name} ");
        }

        return selection;
    }

    private string Argument(InputValueDefinition argument, string? mutation, List<string> variables)
    {
        if (mutation == "variable-wrong-type" || mutation == "nullable-variable-for-non-null" || random.Next(5) == 0)
        {
            var name = "v" + variables.Count.ToString(CultureInfo.InvariantCulture);
            var declared = mutation switch
            {
                "variable-wrong-type" => argument.Type.NamedType.Name == "Boolean" ? "String" : "Boolean",
                "nullable-variable-for-non-null" => argument.Type is NonNullType nonNull ? nonNull.OfType.ToString() : argument.Type.ToString(),
                _ => argument.Type.ToString(),
            };
            variables.Add($"${name}: {declared}");
            return $"{argument.Name}: ${name}";
        }

        return $"{argument.Name}: {Literal(argument.Type, mutation == "wrong-literal", mutation == "input-unknown-field")}";
    }

    private string Literal(GraphQLType type, bool wrong, bool unknownInputField)
    {
        switch (type)
        {
            case NonNullType nonNull:
                return Literal(nonNull.OfType, wrong, unknownInputField);
            case ListType list:
                return "[" + Literal(list.OfType, wrong, unknownInputField) + "]";
            case EnumType enumType:
                return wrong ? "\"NOT_AN_ENUM\"" : enumType.Values[random.Next(enumType.Values.Count)].Name;
            case InputObjectType input:
                var fields = input.Fields.Where(f => f.Type is NonNullType && !f.HasDefaultValue).ToList();
                if (fields.Count == 0 && input.Fields.Count > 0)
                {
                    fields.Add(input.Fields[random.Next(input.Fields.Count)]);
                }

                var entries = fields.Select(f => $"{f.Name}: {Literal(f.Type, wrong, false)}").ToList();
                if (unknownInputField)
                {
                    entries.Add("notAnInputField: 1");
                }

                return "{ " + string.Join(", ", entries) + " }";
            case ScalarType scalar:
                return scalar.Name switch
                {
                    "Int" => wrong ? "\"seven\"" : random.Next(1, 50).ToString(CultureInfo.InvariantCulture),
                    "Float" => wrong ? "true" : "1.5",
                    "Boolean" => wrong ? "1" : "true",
                    "ID" => wrong ? "1.5" : "\"person/habboub\"",
                    _ => wrong ? "true" : "\"text\"",
                };
            default:
                return "null";
        }
    }
}
