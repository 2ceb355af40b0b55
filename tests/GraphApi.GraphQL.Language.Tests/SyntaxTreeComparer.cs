using System.Collections;
using System.Reflection;
using GraphApi.GraphQL.Language;
using Xunit.Sdk;

namespace GraphApi.GraphQL.Language.Tests;

/// <summary>Structural equality of two syntax trees, ignoring locations: every public property but <see cref="SyntaxNode.Location"/> must match.</summary>
internal static class SyntaxTreeComparer
{
    public static void AssertEqual(SyntaxNode expected, SyntaxNode actual) => Compare(expected, actual, expected.Kind.ToString());

    private static void Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                throw new XunitException($"{path}: expected {expected ?? "null"}, got {actual ?? "null"}.");
            }

            return;
        }

        if (expected.GetType() != actual.GetType())
        {
            throw new XunitException($"{path}: expected {expected.GetType().Name}, got {actual.GetType().Name}.");
        }

        switch (expected)
        {
            case string or bool or Enum:
                if (!expected.Equals(actual))
                {
                    throw new XunitException($"{path}: expected {expected}, got {actual}.");
                }

                return;
            case SyntaxNode:
                foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.Name is nameof(SyntaxNode.Location) || property.GetIndexParameters().Length > 0)
                    {
                        continue;
                    }

                    Compare(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
                }

                return;
            case IEnumerable expectedItems:
                var left = expectedItems.Cast<object?>().ToList();
                var right = ((IEnumerable)actual).Cast<object?>().ToList();
                if (left.Count != right.Count)
                {
                    throw new XunitException($"{path}: expected {left.Count} items, got {right.Count}.");
                }

                for (var i = 0; i < left.Count; i++)
                {
                    Compare(left[i], right[i], $"{path}[{i}]");
                }

                return;
            default:
                throw new XunitException($"{path}: cannot compare {expected.GetType().Name}.");
        }
    }
}
