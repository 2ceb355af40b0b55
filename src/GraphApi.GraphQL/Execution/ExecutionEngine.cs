using System.Threading.Channels;
using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Runs one operation (GraphQL spec §6.2.1-§6.2.2, §6.3 "Executing Selection Sets") with a single-threaded scheduler:
/// fields are work items in a queue; a resolver that completes synchronously is completed in place with no task
/// allocated; one that does not is parked and its completion posted back. Only when no field is ready does the
/// scheduler dispatch queued data-loader keys, so every load issued at one depth of the tree shares a batch.
/// All response-tree writes happen on the scheduler, so the tree needs no locks.
/// </summary>
internal sealed partial class ExecutionEngine
{
    private static readonly object Wake = new();
    private static readonly object DispatchDone = new();

    private readonly ExecutionContext _context;
    private readonly Queue<ResolveContext> _ready = new();
    private Channel<object>? _completions;
    private int _pendingResolvers;
    private int _dispatchesInFlight;
    private bool _dataNulled;

    public ExecutionEngine(ExecutionContext context)
    {
        _context = context;
        context.DataLoaders.LoadQueued = () => Completions.Writer.TryWrite(Wake);
    }

    /// <summary>
    /// Where parked resolvers and data-loader batches report back, created when the first of them is parked: an operation
    /// whose resolvers all complete in place (<c>{__typename}</c>, introspection) never needs one. Resolvers finishing on
    /// other threads may race to create it, so only one instance wins.
    /// </summary>
    private Channel<object> Completions =>
        _completions
        ?? Interlocked.CompareExchange(ref _completions, Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true }), null)
        ?? _completions;

    /// <summary>ExecuteQuery / ExecuteMutation (§6.2.1, §6.2.2): root fields in parallel, or one after another for mutations.</summary>
    public async ValueTask<ResultMap?> ExecuteAsync(ObjectType rootType, object? rootValue)
    {
        var plan = _context.GetRootPlan(rootType);
        var root = new ResultMap(plan.Keys, null, 0, false);
        var serial = _context.Operation.Operation == OperationType.Mutation;
        for (var i = 0; i < plan.Fields.Length; i++)
        {
            EnqueueField(rootType, rootValue, plan.Fields[i], root, i, null);
            if (serial)
            {
                await RunAsync().ConfigureAwait(false);
            }
        }

        if (!serial)
        {
            await RunAsync().ConfigureAwait(false);
        }

        return _dataNulled ? null : root;
    }

    private void EnqueueField(ObjectType parentType, object? source, FieldPlan field, ResultMap node, int index, ResponsePath? parentPath)
    {
        if (field.IsTypename)
        {
            node.Values[index] = parentType.Name;
            return;
        }

        if (field.Definition is null)
        {
            return;
        }

        _ready.Enqueue(new ResolveContext(_context, parentType, source, field, node, index, parentPath));
    }

    private async ValueTask RunAsync()
    {
        var cancellationToken = _context.CancellationToken;
        while (true)
        {
            while (_ready.TryDequeue(out var work))
            {
                if (!work.Node.IsDead)
                {
                    ExecuteField(work);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (DrainCompletions())
            {
                continue;
            }

            if (_pendingResolvers == 0 && _dispatchesInFlight == 0)
            {
                return;
            }

            if (_dispatchesInFlight == 0 && _context.DataLoaders.HasPendingLoads)
            {
                foreach (var dispatch in _context.DataLoaders.DispatchAll(cancellationToken))
                {
                    _dispatchesInFlight++;
                    _ = SignalWhenDoneAsync(dispatch);
                }

                continue;
            }

            await Completions.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Completes parked resolvers that finished; returns whether any work became ready.</summary>
    private bool DrainCompletions()
    {
        var any = false;
        var completions = Volatile.Read(ref _completions);
        if (completions is null)
        {
            return false;
        }

        while (completions.Reader.TryRead(out var item))
        {
            any = true;
            if (ReferenceEquals(item, DispatchDone))
            {
                _dispatchesInFlight--;
                continue;
            }

            if (ReferenceEquals(item, Wake))
            {
                continue;
            }

            var work = (ResolveContext)item;
            _pendingResolvers--;
            if (work.Node.IsDead)
            {
                continue;
            }

            if (work.AsyncError is not null)
            {
                HandleFieldError(work, null, work.AsyncError, work.Node, work.Index, work.ReturnType is NonNullType);
            }
            else
            {
                CompleteValue(work, work.ReturnType, work.AsyncResult, work.Node, work.Index, null);
            }
        }

        return any;
    }

    private async Task SignalWhenDoneAsync(Task dispatch)
    {
        try
        {
            await dispatch.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A failed batch already failed each of its loads; the resolvers awaiting them report the error.
        }

        Completions.Writer.TryWrite(DispatchDone);
    }

    /// <summary>ExecuteField (§6.4): coerce arguments, resolve, then complete now or when the resolver finishes.</summary>
    private void ExecuteField(ResolveContext work)
    {
        var definition = work.FieldDefinition;
        ValueTask<object?> pending;
        try
        {
            work.Arguments = _context.GetArguments(definition, work.FieldNode);
            var resolver = definition.Resolver;
            pending = resolver is null ? new ValueTask<object?>(DefaultResolver.Resolve(work)) : resolver(work);
        }
        catch (Exception ex)
        {
            HandleFieldError(work, null, ex, work.Node, work.Index, definition.Type is NonNullType);
            return;
        }

        if (pending.IsCompletedSuccessfully)
        {
            var value = pending.Result;
            if (value is not Task)
            {
                CompleteValue(work, definition.Type, value, work.Node, work.Index, null);
                return;
            }

            // A synchronous resolver handed back a task: await it rather than completing the task object itself.
            if (value is not Task<object?> boxed)
            {
                HandleFieldError(
                    work,
                    null,
                    new FieldErrorException($"The resolver of {work.ParentType.Name}.{work.FieldName} returned a {value.GetType().Name}; declare it with resolveAsync so it is awaited."),
                    work.Node,
                    work.Index,
                    definition.Type is NonNullType);
                return;
            }

            pending = new ValueTask<object?>(boxed);
        }

        _pendingResolvers++;
        _ = AwaitResolverAsync(pending, work);
    }

    private async Task AwaitResolverAsync(ValueTask<object?> pending, ResolveContext work)
    {
        try
        {
            work.AsyncResult = await pending.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            work.AsyncError = ex;
        }

        Completions.Writer.TryWrite(work);
    }
}
