using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// One use of a variable in a value position, with the input type expected there, whether that position (an argument
/// or input field) has a default value, and the @oneOf input object whose field it fills, if any: what spec 5.8.5
/// (All Variable Usages Are Allowed) needs.
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault, InputObjectType? OneOfParent = null);
