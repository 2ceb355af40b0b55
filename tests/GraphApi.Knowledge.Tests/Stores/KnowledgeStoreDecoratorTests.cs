using System.Reflection;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Knowledge.Tests.Stores;

/// <summary>Every method of the store contract goes through the decorator's one hook, under its own name, to the wrapped store.</summary>
public sealed class KnowledgeStoreDecoratorTests
{
    public static TheoryData<string> ContractMethods() => [.. typeof(IKnowledgeStore).GetMethods().Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(ContractMethods))]
    public async Task Each_store_method_is_forwarded_through_the_hook(string method)
    {
        var inner = DispatchProxy.Create<IKnowledgeStore, RecordingStore>();
        var decorator = new RecordingDecorator(inner);
        var contract = typeof(IKnowledgeStore).GetMethod(method)!;

        var arguments = contract.GetParameters().Select(p => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null).ToArray();
        await (Task)contract.Invoke(decorator, arguments)!;

        Assert.Equal([method], ((RecordingStore)(object)inner).Calls);
        Assert.Equal([method], decorator.Operations);
        Assert.Equal(
            method is nameof(IKnowledgeStore.IsReadyAsync) or nameof(IKnowledgeStore.GetHealthAsync) or nameof(IKnowledgeStore.ReplaceGraphAsync) or nameof(IKnowledgeStore.ExportGraphAsync)
                ? StoreCallKind.Maintenance
                : StoreCallKind.Read,
            decorator.Kinds.Single());
    }

    private sealed class RecordingDecorator(IKnowledgeStore inner) : KnowledgeStoreDecorator(inner)
    {
        public List<string> Operations { get; } = [];

        public List<StoreCallKind> Kinds { get; } = [];

        protected override Task<T> InvokeAsync<T>(string operation, StoreCallKind kind, Func<Task<T>> call)
        {
            Operations.Add(operation);
            Kinds.Add(kind);
            return base.InvokeAsync(operation, kind, call);
        }
    }

    /// <summary>A store that records which method was called and answers with a completed task of the default value.</summary>
    public class RecordingStore : DispatchProxy
    {
        public List<string> Calls { get; } = [];

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            Calls.Add(targetMethod!.Name);
            var returnType = targetMethod.ReturnType;
            if (!returnType.IsGenericType)
            {
                return Task.CompletedTask;
            }

            var result = returnType.GetGenericArguments()[0];
            return typeof(Task).GetMethod(nameof(Task.FromResult))!.MakeGenericMethod(result)
                .Invoke(null, [result.IsValueType ? Activator.CreateInstance(result) : null]);
        }
    }
}
