namespace GraphApi.Knowledge.Stores;

/// <summary>
/// A window in which a store may hold back the reads it is asked for and send them together when the window closes.
/// A GraphQL request opens one around each dispatch of its data loaders: the loads of one level of a query are
/// independent of each other, so a remote store can answer them in one round trip instead of one each. A store that
/// answers in process ignores it. The window is ambient (it flows with the asynchronous call, so concurrent requests
/// never share one) and closes synchronously, so whoever opens it must not wait for a held read inside it.
/// </summary>
public sealed class ReadBatch : IDisposable
{
    private static readonly AsyncLocal<ReadBatch?> Ambient = new();

    private readonly ReadBatch? outer;
    private readonly Dictionary<object, IPart> parts = new(ReferenceEqualityComparer.Instance);
    private bool closed;

    private ReadBatch(ReadBatch? outer) => this.outer = outer;

    /// <summary>What one store keeps in a window: the reads it holds, sent by <see cref="Send"/> when the window closes.</summary>
    public interface IPart
    {
        /// <summary>Starts sending what was held, without waiting; completes the held reads with their results or their error.</summary>
        void Send();
    }

    /// <summary>The window open in this asynchronous flow, if any.</summary>
    public static ReadBatch? Current => Ambient.Value is { closed: false } open ? open : null;

    /// <summary>Opens a window; reads begun in this flow until <see cref="Dispose"/> may be held and sent together.</summary>
    public static ReadBatch Open()
    {
        var batch = new ReadBatch(Ambient.Value);
        Ambient.Value = batch;
        return batch;
    }

    /// <summary>The part <paramref name="owner"/> keeps in this window, created on first use; null once the window has closed.</summary>
    public T? Part<T>(object owner, Func<T> create)
        where T : class, IPart
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(create);
        lock (parts)
        {
            if (closed)
            {
                return null;
            }

            if (!parts.TryGetValue(owner, out var part))
            {
                parts[owner] = part = create();
            }

            return (T)part;
        }
    }

    /// <summary>Closes the window and sends every part's held reads.</summary>
    public void Dispose()
    {
        IPart[] toSend;
        lock (parts)
        {
            if (closed)
            {
                return;
            }

            closed = true;
            toSend = [.. parts.Values];
        }

        if (ReferenceEquals(Ambient.Value, this))
        {
            Ambient.Value = outer;
        }

        foreach (var part in toSend)
        {
            part.Send();
        }
    }
}
