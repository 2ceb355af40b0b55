using GraphApi.GraphQL.Language;

namespace GraphApi.GraphQL.Validation;

/// <summary>Spec 5.6.3 Input Object Field Uniqueness: an input object literal gives each field at most once.</summary>
public sealed class InputObjectFieldUniquenessRule : ValidationRule
{
    public override void EnterValue(ValidationContext context, ValueNode node)
    {
        if (node is not ObjectValueNode { Fields.Count: > 1 } objectValue)
        {
            return;
        }

        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var field in objectValue.Fields)
        {
            if (!known.TryAdd(field.Name.Value, field.Name))
            {
                context.ReportError($"There can be only one input field named \"{field.Name.Value}\".", "5.6.3", known[field.Name.Value], field.Name);
            }
        }
    }
}
