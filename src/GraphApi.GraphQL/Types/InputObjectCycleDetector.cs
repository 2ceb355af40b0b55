namespace GraphApi.GraphQL.Types;

/// <summary>
/// Rejects input objects that reference themselves through non-null fields, which no finite value could satisfy
/// (GraphQL spec §3.10 "Type Validation" 3, "Circular References"). OneOf inputs break such cycles since their fields are nullable.
/// </summary>
internal static class InputObjectCycleDetector
{
    public static void Validate(GraphQLSchema schema, List<string> errors)
    {
        var visited = new HashSet<InputObjectType>();
        foreach (var type in schema.TypeMap.Values)
        {
            if (type is InputObjectType input)
            {
                Detect(input, visited, [], new Dictionary<InputObjectType, int>(), errors);
            }
        }
    }

    private static void Detect(
        InputObjectType input,
        HashSet<InputObjectType> visited,
        List<InputValueDefinition> path,
        Dictionary<InputObjectType, int> pathIndexByType,
        List<string> errors)
    {
        if (!visited.Add(input))
        {
            return;
        }

        pathIndexByType[input] = path.Count;
        foreach (var field in input.Fields)
        {
            if (field.Type is not NonNullType { OfType: InputObjectType fieldType })
            {
                continue;
            }

            path.Add(field);
            if (pathIndexByType.TryGetValue(fieldType, out var cycleStart))
            {
                var cycle = string.Join(".", path.Skip(cycleStart).Select(f => f.Name));
                errors.Add($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{cycle}\".");
            }
            else
            {
                Detect(fieldType, visited, path, pathIndexByType, errors);
            }

            path.RemoveAt(path.Count - 1);
        }

        pathIndexByType.Remove(input);
    }
}
