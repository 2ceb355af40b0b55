using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Types;

/// <summary>A union of object types (GraphQL spec §3.8 "Unions").</summary>
public sealed class UnionType : NamedType
{
    private readonly List<NamedType> _members = [];
    private ObjectType[]? _resolved;

    public UnionType(string name, string? description = null, params NamedType[] members)
        : base(name, description)
    {
        foreach (var member in members)
        {
            Member(member);
        }
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>Member object types; <see cref="TypeReference"/>s are replaced when the schema is built.</summary>
    public IReadOnlyList<ObjectType> Types => _resolved ??= _members.OfType<ObjectType>().ToArray();

    internal IReadOnlyList<NamedType> DeclaredTypes => _members;

    /// <summary>Returns the name of the object type of a resolved value (§6.4.3 "ResolveAbstractType").</summary>
    public Func<object, ResolveContext, string?>? ResolveType { get; set; }

    public UnionType Member(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _members.Add(type);
        _resolved = null;
        return this;
    }

    internal void ReplaceMembers(IEnumerable<NamedType> members)
    {
        var replaced = members.ToList();
        _members.Clear();
        _members.AddRange(replaced);
        _resolved = null;
    }
}
