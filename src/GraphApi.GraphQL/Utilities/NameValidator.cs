namespace GraphApi.GraphQL.Utilities;

/// <summary>Checks names against the Name grammar (GraphQL spec §2.1.9 "Names": <c>/[_A-Za-z][_0-9A-Za-z]*/</c>).</summary>
public static class NameValidator
{
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming what was being declared when the name is invalid.</summary>
    public static void ThrowIfInvalid(string? name, string what)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException($"Names must match /^[_a-zA-Z][_a-zA-Z0-9]*$/ but the {what} name \"{name}\" does not (§2.1.9).", nameof(name));
        }
    }
}
