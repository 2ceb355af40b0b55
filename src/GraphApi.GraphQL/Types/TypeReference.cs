namespace GraphApi.GraphQL.Types;

/// <summary>
/// A placeholder naming a type declared elsewhere, so types can refer to each other in cycles
/// (<c>Person.knows: [Person]</c>). <see cref="GraphQLSchema"/> replaces every reference with the real
/// type when it is built, and fails with a clear message if the name is unknown.
/// </summary>
public sealed class TypeReference : NamedType
{
    public TypeReference(string name)
        : base(name, null)
    {
    }

    public override TypeKind Kind =>
        throw new InvalidOperationException($"Type reference \"{Name}\" has not been resolved; add the type to a GraphQLSchema first.");
}
