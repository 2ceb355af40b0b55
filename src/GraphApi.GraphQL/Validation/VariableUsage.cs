using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// One use of a variable in a value position, with the input type expected there and whether that position
/// (an argument or input field) has a default value, as spec 5.8.5 (All Variable Usages Are Allowed) needs.
/// </summary>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, bool HasLocationDefault);
