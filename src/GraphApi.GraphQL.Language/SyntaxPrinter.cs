using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// Prints any syntax tree back to GraphQL source in the layout of graphql-js <c>print()</c>: two-space indents,
/// long argument lists broken over lines, block strings kept as block strings. Parsing the output gives the same tree.
/// </summary>
public static class SyntaxPrinter
{
    private const int MaxLineLength = 80;

    /// <remarks>Trees built in code can be deeper than the parser allows; those throw <see cref="InsufficientExecutionStackException"/>.</remarks>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            NameNode n => n.Value,
            DocumentNode n => string.Join("\n\n", n.Definitions.Select(Print)),
            OperationDefinitionNode n => PrintOperation(n),
            VariableDefinitionNode n =>
                Print(n.Variable) + ": " + Print(n.Type) + Wrap(" = ", n.DefaultValue) + Wrap(" ", Join(n.Directives, " ")),
            SelectionSetNode n => Block(n.Selections),
            FieldNode n => PrintField(n),
            ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
            FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Join(n.Directives, " ")),
            InlineFragmentNode n => JoinParts(
                "...", n.TypeCondition is null ? null : "on " + Print(n.TypeCondition), Join(n.Directives, " "), Print(n.SelectionSet)),
            FragmentDefinitionNode n =>
                "fragment " + n.Name.Value + " on " + Print(n.TypeCondition) + " " + Wrap(string.Empty, Join(n.Directives, " "), " ") + Print(n.SelectionSet),
            VariableNode n => "$" + n.Name.Value,
            IntValueNode n => n.Value,
            FloatValueNode n => n.Value,
            StringValueNode n => PrintString(n),
            BooleanValueNode n => n.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode n => n.Value,
            ListValueNode n => "[" + Join(n.Values, ", ") + "]",
            ObjectValueNode n => "{" + Join(n.Fields, ", ") + "}",
            ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
            DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments, ", "), ")"),
            NamedTypeNode n => n.Name.Value,
            ListTypeNode n => "[" + Print(n.Type) + "]",
            NonNullTypeNode n => Print(n.Type) + "!",
            SchemaDefinitionNode n => Describe(n.Description) + JoinParts("schema", Join(n.Directives, " "), Block(n.OperationTypes)),
            OperationTypeDefinitionNode n => OperationKeyword(n.Operation) + ": " + Print(n.Type),
            ScalarTypeDefinitionNode n => Describe(n.Description) + JoinParts("scalar", n.Name.Value, Join(n.Directives, " ")),
            ObjectTypeDefinitionNode n => Describe(n.Description) + JoinParts(
                "type", n.Name.Value, Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
            FieldDefinitionNode n => Describe(n.Description) + n.Name.Value + ArgumentDefinitions(n.Arguments) + ": " + Print(n.Type)
                + Wrap(" ", Join(n.Directives, " ")),
            InputValueDefinitionNode n => Describe(n.Description) + JoinParts(
                n.Name.Value + ": " + Print(n.Type), n.DefaultValue is null ? null : "= " + Print(n.DefaultValue), Join(n.Directives, " ")),
            InterfaceTypeDefinitionNode n => Describe(n.Description) + JoinParts(
                "interface", n.Name.Value, Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
            UnionTypeDefinitionNode n => Describe(n.Description) + JoinParts(
                "union", n.Name.Value, Join(n.Directives, " "), UnionMembers(n.Types)),
            EnumTypeDefinitionNode n => Describe(n.Description) + JoinParts("enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
            EnumValueDefinitionNode n => Describe(n.Description) + JoinParts(n.Name.Value, Join(n.Directives, " ")),
            InputObjectTypeDefinitionNode n => Describe(n.Description) + JoinParts("input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
            DirectiveDefinitionNode n => Describe(n.Description) + "directive @" + n.Name.Value + ArgumentDefinitions(n.Arguments)
                + (n.Repeatable ? " repeatable" : string.Empty) + " on " + Join(n.Locations, " | "),
            SchemaExtensionNode n => JoinParts("extend schema", Join(n.Directives, " "), Block(n.OperationTypes)),
            ScalarTypeExtensionNode n => JoinParts("extend scalar", n.Name.Value, Join(n.Directives, " ")),
            ObjectTypeExtensionNode n => JoinParts(
                "extend type", n.Name.Value, Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
            InterfaceTypeExtensionNode n => JoinParts(
                "extend interface", n.Name.Value, Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
            UnionTypeExtensionNode n => JoinParts("extend union", n.Name.Value, Join(n.Directives, " "), UnionMembers(n.Types)),
            EnumTypeExtensionNode n => JoinParts("extend enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
            InputObjectTypeExtensionNode n => JoinParts("extend input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
            _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
        };
    }

    /// <summary>Prints a string as a quoted GraphQL string, escaping what spec 2.9.4 requires (and control characters).</summary>
    public static string PrintQuotedString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < ' ' || c is >= '\u007F' and <= '\u009F')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string PrintOperation(OperationDefinitionNode node)
    {
        var selectionSet = Print(node.SelectionSet);
        if (node.Name is null && node.Directives.Count == 0 && node.VariableDefinitions.Count == 0 && node.Operation == OperationType.Query)
        {
            return selectionSet;
        }

        var head = JoinParts(
            OperationKeyword(node.Operation),
            (node.Name?.Value ?? string.Empty) + Wrap("(", Join(node.VariableDefinitions, ", "), ")"),
            Join(node.Directives, " "));
        return head + " " + selectionSet;
    }

    private static string PrintField(FieldNode node)
    {
        var prefix = (node.Alias is null ? string.Empty : node.Alias.Value + ": ") + node.Name.Value;
        var line = prefix + Wrap("(", Join(node.Arguments, ", "), ")");
        if (line.Length > MaxLineLength)
        {
            line = prefix + Wrap("(\n", Indent(Join(node.Arguments, "\n")), "\n)");
        }

        return JoinParts(line, Join(node.Directives, " "), node.SelectionSet is null ? null : Print(node.SelectionSet));
    }

    private static string PrintString(StringValueNode node) =>
        (node.Block ? BlockString.TryPrint(node.Value) : null) ?? PrintQuotedString(node.Value);

    private static string Describe(StringValueNode? description) => description is null ? string.Empty : PrintString(description) + "\n";

    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        var printed = arguments.Select(Print).ToArray();
        return printed.Any(text => text.Contains('\n', StringComparison.Ordinal))
            ? "(\n" + Indent(string.Join("\n", printed)) + "\n)"
            : "(" + string.Join(", ", printed) + ")";
    }

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) =>
        interfaces.Count == 0 ? string.Empty : "implements " + Join(interfaces, " & ");

    private static string UnionMembers(IReadOnlyList<NamedTypeNode> types) => types.Count == 0 ? string.Empty : "= " + Join(types, " | ");

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Unknown operation type."),
    };

    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode =>
        nodes.Count == 0 ? string.Empty : "{\n" + Indent(Join(nodes, "\n")) + "\n}";

    private static string Indent(string text) => "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode
    {
        if (nodes.Count == 0)
        {
            return string.Empty;
        }

        if (nodes.Count == 1)
        {
            return Print(nodes[0]);
        }

        var builder = new StringBuilder();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            builder.Append(Print(nodes[i]));
        }

        return builder.ToString();
    }

    /// <summary>Joins the non-empty parts with single spaces, like graphql-js <c>join(parts, ' ')</c>.</summary>
    private static string JoinParts(params string?[] parts) => string.Join(" ", parts.Where(part => !string.IsNullOrEmpty(part)));

    private static string Wrap(string start, SyntaxNode? node) => node is null ? string.Empty : start + Print(node);

    private static string Wrap(string start, string? text, string end = "") => string.IsNullOrEmpty(text) ? string.Empty : start + text + end;
}
