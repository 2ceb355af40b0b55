using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Errors;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// What rules share while a document is validated: the schema, the document, the current <see cref="TypeInfo"/>,
/// fragment lookups, variable usages and the error list, which stops the walk at the error limit (graphql-js <c>ValidationContext</c>).
/// </summary>
public sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = [];
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _referencedFragments = [];
    private readonly Dictionary<ExecutableDefinitionNode, List<VariableUsage>> _variableUsages = [];
    private int[]? _lineStarts;

    internal ValidationContext(GraphQLSchema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Document = document;
        TypeInfo = new TypeInfo(schema);
        _maxErrors = maxErrors;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    public GraphQLSchema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>The operation or fragment definition being walked.</summary>
    public ExecutableDefinitionNode? CurrentDefinition { get; internal set; }

    /// <summary>Records a validation error located at <paramref name="nodes"/>; past the limit, adds the graphql-js abort error and stops.</summary>
    public void ReportError(string message, string specSection, params SyntaxNode[] nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(ErrorFactory.Validation("Too many validation errors, error limit reached. Validation aborted.", "5"));
            throw new ValidationAbortedException();
        }

        var locations = new ErrorLocation[nodes.Length];
        var count = 0;
        foreach (var node in nodes)
        {
            if (node.Location.Source is not null)
            {
                locations[count++] = Locate(node.Location);
            }
        }

        _errors.Add(ErrorFactory.Validation(message, specSection, count == nodes.Length ? locations : locations[..count]));
    }

    /// <summary>
    /// Called by recursive walks (nested selections, fragment chains): when the thread's stack is nearly exhausted the
    /// document is rejected with an error instead of crashing the process with a stack overflow.
    /// </summary>
    public void EnsureSufficientStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            ReportError("Document is nested too deeply, or chains too many fragments, to be validated.", "5");
            throw new ValidationAbortedException();
        }
    }

    /// <summary>The first fragment definition with this name, or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads anywhere under a selection set, inline fragments included, but not inside other fragments.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        pending.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every defined fragment an operation uses, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (_referencedFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (var spread in GetFragmentSpreads(pending.Pop()))
            {
                var name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variable usages written directly in an operation or fragment; complete once the walk has passed it.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition) =>
        _variableUsages.TryGetValue(definition, out var usages) ? usages : [];

    /// <summary>The variable usages of an operation and of every fragment it uses; call it from <see cref="ValidationRule.LeaveDocument"/>.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        return usages;
    }

    internal void RecordVariableUsage(VariableNode node)
    {
        if (CurrentDefinition is null)
        {
            return;
        }

        if (!_variableUsages.TryGetValue(CurrentDefinition, out var usages))
        {
            _variableUsages[CurrentDefinition] = usages = [];
        }

        var parent = TypeInfo.ParentInputType is NonNullType nonNull ? nonNull.OfType : TypeInfo.ParentInputType;
        var oneOfParent = parent is InputObjectType { IsOneOf: true } oneOf ? oneOf : null;
        usages.Add(new VariableUsage(node, TypeInfo.InputType, TypeInfo.HasDefaultValue, oneOfParent));
    }

    /// <summary>Line and column from a line-start table built once, so that many errors cost no rescans of the document.</summary>
    private ErrorLocation Locate(Location location)
    {
        var source = location.Source!;
        if (!ReferenceEquals(source, Document.Location.Source))
        {
            var other = source.GetLocation(location.Start);
            return new ErrorLocation(other.Line, other.Column);
        }

        _lineStarts ??= BuildLineStarts(source.Body);
        var index = Array.BinarySearch(_lineStarts, location.Start);
        var line = index >= 0 ? index : ~index - 1;
        return new ErrorLocation(line + 1, location.Start - _lineStarts[line] + 1);
    }

    private static int[] BuildLineStarts(string body)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\r' && i + 1 < body.Length && body[i + 1] == '\n')
            {
                i++;
            }

            if (c is '\n' or '\r')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
