using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Types;

/// <summary>
/// A directive definition (GraphQL spec §3.13 "Directives"): name, arguments, locations and whether it is repeatable.
/// The five built-in directives are static members.
/// </summary>
public sealed class DirectiveDefinition
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written (§3.13.3).</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    private readonly List<InputValueDefinition> _arguments = [];

    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, string? description = null, bool isRepeatable = false)
    {
        NameValidator.ThrowIfInvalid(name, "directive");
        ArgumentNullException.ThrowIfNull(locations);
        Name = name;
        Locations = locations.ToArray();
        Description = description;
        IsRepeatable = isRepeatable;
    }

    public string Name { get; }

    public string? Description { get; set; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    public bool IsRepeatable { get; }

    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    public InputValueDefinition? GetArgument(string name) => _arguments.Find(a => a.Name == name);

    public DirectiveDefinition Argument(InputValueDefinition argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (GetArgument(argument.Name) is not null)
        {
            throw new ArgumentException($"Directive \"@{Name}\" already declares an argument \"{argument.Name}\".", nameof(argument));
        }

        _arguments.Add(argument);
        return this;
    }

    /// <summary>Whether this is one of the directives defined by the spec.</summary>
    public bool IsSpecifiedDirective => SpecifiedDirectives.Contains(this);

    /// <summary><c>@include(if: Boolean!)</c> (§3.13.2).</summary>
    public static DirectiveDefinition Include { get; } = new DirectiveDefinition(
            "include",
            [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
            "Directs the executor to include this field or fragment only when the `if` argument is true.")
        .Argument(new InputValueDefinition("if", new NonNullType(ScalarType.Boolean), "Included when true."));

    /// <summary><c>@skip(if: Boolean!)</c> (§3.13.1).</summary>
    public static DirectiveDefinition Skip { get; } = new DirectiveDefinition(
            "skip",
            [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
            "Directs the executor to skip this field or fragment when the `if` argument is true.")
        .Argument(new InputValueDefinition("if", new NonNullType(ScalarType.Boolean), "Skipped when true."));

    /// <summary><c>@deprecated(reason: String! = "No longer supported")</c> (§3.13.3, non-null since the 2025 edition, as graphql-js 17).</summary>
    public static DirectiveDefinition Deprecated { get; } = new DirectiveDefinition(
            "deprecated",
            [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
            "Marks an element of a GraphQL schema as no longer supported.")
        .Argument(new InputValueDefinition(
            "reason",
            new NonNullType(ScalarType.String),
            "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).")
        {
            DefaultValue = DefaultDeprecationReason,
        });

    /// <summary><c>@specifiedBy(url: String!)</c> (§3.13.5).</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new DirectiveDefinition(
            "specifiedBy",
            [DirectiveLocation.Scalar],
            "Exposes a URL that specifies the behavior of this scalar.")
        .Argument(new InputValueDefinition("url", new NonNullType(ScalarType.String), "The URL that specifies the behavior of this scalar."));

    /// <summary><c>@oneOf</c> (§3.13.6).</summary>
    public static DirectiveDefinition OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.InputObject],
        "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>The built-in directives, in graphql-js order.</summary>
    public static IReadOnlyList<DirectiveDefinition> SpecifiedDirectives { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];
}
