using System.Globalization;
using GraphApi.GraphQL.Execution.DataLoader;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Everything a resolver may read about the field being resolved (GraphQL spec §6.4.2 "ResolveFieldValue":
/// objectType, objectValue, fieldName, argumentValues), plus request services, a per-request bag, data loaders
/// and a look-ahead of the sub-selection. One instance per field execution; it is also the executor's work item.
/// </summary>
public sealed class ResolveContext
{
    private IReadOnlyList<string>? _selectedFieldNames;
    private ResponsePath? _path;

    internal ResolveContext(ExecutionContext execution, ObjectType parentType, object? source, FieldPlan plan, ResultNode node, int index, ResponsePath? parentPath)
    {
        Execution = execution;
        ParentType = parentType;
        Source = source;
        Plan = plan;
        Node = node;
        Index = index;
        ParentPath = parentPath;
        Arguments = ArgumentCoercion.Empty;
    }

    internal ExecutionContext Execution { get; }

    internal FieldPlan Plan { get; }

    internal ResultNode Node { get; }

    internal int Index { get; }

    internal object? AsyncResult { get; set; }

    internal Exception? AsyncError { get; set; }

    /// <summary>The parent value (<c>objectValue</c>); the root value for root fields.</summary>
    public object? Source { get; }

    /// <summary>The object type that declares the field.</summary>
    public ObjectType ParentType { get; }

    public FieldDefinition FieldDefinition => Plan.Definition!;

    public string FieldName => Plan.FieldNode.Name.Value;

    public GraphQLType ReturnType => Plan.Definition!.Type;

    /// <summary>All field nodes merged under this response key (§6.3.2).</summary>
    public IReadOnlyList<FieldNode> FieldNodes => Plan.FieldNodes;

    public FieldNode FieldNode => Plan.FieldNode;

    /// <summary>The path of the object that holds this field; null for root fields.</summary>
    internal ResponsePath? ParentPath { get; }

    /// <summary>The path of this field in the response, built on first use so fields that never need it allocate nothing.</summary>
    public ResponsePath Path => _path ??= ParentPath is null ? ResponsePath.Root(Plan.ResponseKey) : ParentPath.Append(Plan.ResponseKey);

    /// <summary>Coerced argument values (§6.4.1), including defaults; an omitted optional argument is absent.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; internal set; }

    public GraphQLSchema Schema => Execution.Schema;

    /// <summary>The options of the executor running this request.</summary>
    public ExecutionOptions ExecutionOptions => Execution.Options;

    public OperationDefinitionNode Operation => Execution.Operation;

    /// <summary>Coerced variable values of the operation.</summary>
    public IReadOnlyDictionary<string, object?> Variables => Execution.Variables;

    /// <summary>Cancelled when the request is aborted or its execution timeout elapses.</summary>
    public CancellationToken CancellationToken => Execution.CancellationToken;

    /// <summary>The request's service provider, if the host supplied one.</summary>
    public IServiceProvider? RequestServices => Execution.RequestServices;

    /// <summary>A bag shared by every resolver of the request; safe to use from concurrent resolvers.</summary>
    public IDictionary<string, object?> Items => Execution.Items;

    /// <summary>The request's data loaders.</summary>
    public DataLoaderRegistry DataLoaders => Execution.DataLoaders;

    /// <summary>Whether the argument was given or has a default value.</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>
    /// The coerced value of an argument as <typeparamref name="T"/>; default when absent or null. Numbers convert
    /// between numeric types; anything else must already be a <typeparamref name="T"/>.
    /// </summary>
    public T Argument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default!;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
        {
            try
            {
                return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is InvalidCastException or FormatException or OverflowException)
            {
                throw new InvalidOperationException(DescribeMismatch(name, value, typeof(T)), ex);
            }
        }

        throw new InvalidOperationException(DescribeMismatch(name, value, typeof(T)));
    }

    /// <summary>Returns the request's loader named <paramref name="name"/>, creating it on first use.</summary>
    public DataLoader<TKey, TValue> DataLoader<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull => Execution.DataLoaders.GetOrAdd(name, batch);

    /// <summary>
    /// Names of the fields selected directly under this field, through fragments, with <c>@skip</c>/<c>@include</c>
    /// applied and type conditions ignored; for projections and batching.
    /// </summary>
    public IReadOnlyList<string> SelectedFieldNames => _selectedFieldNames ??= SelectionLookahead.FieldNames(this);

    /// <summary>Whether the sub-selection contains a field named <paramref name="fieldName"/>.</summary>
    public bool IsSelected(string fieldName) => SelectedFieldNames.Contains(fieldName);

    /// <summary>
    /// Whether the sub-selection reaches the nested fields <paramref name="path"/>, one name per level (for a connection,
    /// <c>IsSelected("nodes", "source")</c>), through fragments and directives, type conditions ignored.
    /// </summary>
    public bool IsSelected(params string[] path) => SelectionLookahead.Reaches(this, path);

    /// <summary>
    /// The fields selected under this field as they will be resolved on an object of <paramref name="type"/> (the
    /// collection execution uses: fragments whose type condition applies, <c>@skip</c>/<c>@include</c>), each as a
    /// context with its coerced arguments and no <see cref="Source"/>: a look-ahead, so that a resolver can start the
    /// reads its children will ask for in the same batch as its own. The contexts are never resolved; a field whose
    /// arguments do not coerce is left out, and its own execution reports the error.
    /// </summary>
    public IReadOnlyList<ResolveContext> SelectedFields(ObjectType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var plan = Execution.GetPlan(type, Plan);
        var fields = new List<ResolveContext>(plan.Fields.Length);
        foreach (var field in plan.Fields)
        {
            if (field.Definition is not { } definition)
            {
                continue;
            }

            IReadOnlyDictionary<string, object?> arguments;
            try
            {
                arguments = Execution.GetArguments(definition, field.FieldNode);
            }
            catch (FieldErrorException)
            {
                continue;
            }

            fields.Add(new ResolveContext(Execution, type, null, field, Node, Index, Path) { Arguments = arguments });
        }

        return fields;
    }

    private string DescribeMismatch(string name, object value, Type requested) =>
        $"Argument \"{name}\" of {ParentType.Name}.{FieldName} holds a {value.GetType().Name}, which cannot be read as {requested.Name}.";
}
