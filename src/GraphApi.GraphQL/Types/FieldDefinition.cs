using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Utilities;

namespace GraphApi.GraphQL.Types;

/// <summary>A field of an object or interface type, with its arguments and resolver (GraphQL spec §3.6 "Objects", §4.2.3 "__Field").</summary>
public sealed class FieldDefinition
{
    private static readonly Dictionary<string, InputValueDefinition> NoArgumentsByName = new(0, StringComparer.Ordinal);
    private readonly List<InputValueDefinition> _arguments = [];
    private Dictionary<string, InputValueDefinition> _argumentsByName = NoArgumentsByName;

    public FieldDefinition(string name, GraphQLType type, string? description = null)
    {
        NameValidator.ThrowIfInvalid(name, "field");
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
        Description = description;
    }

    public string Name { get; }

    public GraphQLType Type { get; internal set; }

    public string? Description { get; set; }

    /// <summary>Set when deprecated with <c>@deprecated</c> (§3.13.3).</summary>
    public string? DeprecationReason { get; set; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The resolver; when null the executor reads a same-named entry from a dictionary source (the default resolver).</summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>Arguments in declaration order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments => _arguments;

    /// <summary>Finds an argument by name, or null.</summary>
    public InputValueDefinition? GetArgument(string name) => _argumentsByName.GetValueOrDefault(name);

    /// <summary>Declares an argument.</summary>
    public FieldDefinition Argument(InputValueDefinition argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (ReferenceEquals(_argumentsByName, NoArgumentsByName))
        {
            _argumentsByName = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
        }

        if (!_argumentsByName.TryAdd(argument.Name, argument))
        {
            throw new ArgumentException($"Field \"{Name}\" already declares an argument \"{argument.Name}\".", nameof(argument));
        }

        _arguments.Add(argument);
        return this;
    }

    /// <summary>Declares an argument without a default value.</summary>
    public FieldDefinition Argument(string name, GraphQLType type, string? description = null, string? deprecationReason = null) =>
        Argument(new InputValueDefinition(name, type, description) { DeprecationReason = deprecationReason });

    /// <summary>Declares an argument with a default (internal) value.</summary>
    public FieldDefinition Argument(string name, GraphQLType type, object? defaultValue, string? description = null) =>
        Argument(new InputValueDefinition(name, type, description) { DefaultValue = defaultValue });

    public FieldDefinition Describe(string? description)
    {
        Description = description;
        return this;
    }

    public FieldDefinition Deprecate(string reason = DirectiveDefinition.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    public FieldDefinition Resolve(FieldResolver resolver)
    {
        Resolver = resolver;
        return this;
    }

    public FieldDefinition Resolve(Func<ResolveContext, ValueTask<object?>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = new FieldResolver(resolver);
        return this;
    }

    /// <summary>Uses a synchronous resolver; the executor sees a completed <see cref="ValueTask{TResult}"/>.</summary>
    public FieldDefinition Resolve(Func<ResolveContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = context => new ValueTask<object?>(resolver(context));
        return this;
    }

    public override string ToString() => $"{Name}: {Type}";
}
