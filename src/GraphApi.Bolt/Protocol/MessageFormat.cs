using GraphApi.Bolt.Messages;

namespace GraphApi.Bolt.Protocol;

/// <summary>
/// The one place where the negotiated Bolt version chooses message formats: INIT or HELLO (+ LOGON from
/// 5.1), PULL_ALL or PULL {n}, ACK_FAILURE or RESET, and statement-based or message-based transactions.
/// </summary>
internal sealed class MessageFormat(BoltVersion version)
{
    public BoltVersion Version { get; } = version;

    /// <summary>Explicit transaction messages BEGIN/COMMIT/ROLLBACK and bookmarks exist from 3.0.</summary>
    public bool HasTransactionMessages => Version >= BoltVersion.V3;

    /// <summary>PULL and DISCARD take {n, qid} from 4.0, which is what makes has_more streaming possible.</summary>
    public bool PullsInBatches => Version >= BoltVersion.V4_0;

    public bool HasGoodbye => Version >= BoltVersion.V3;

    /// <summary>The requests that authenticate a new connection, sent as one pipeline.</summary>
    public IReadOnlyList<IRequestMessage> Authenticate(string userAgent, AuthToken auth)
    {
        if (Version < BoltVersion.V3)
        {
            return [new InitMessage(userAgent, auth.Content)];
        }

        var hello = new Dictionary<string, object?> { ["user_agent"] = userAgent };
        if (Version >= BoltVersion.V5_3)
        {
            hello["bolt_agent"] = new Dictionary<string, object?>
            {
                ["product"] = BoltAgent.Product,
                ["platform"] = BoltAgent.Platform,
                ["language"] = BoltAgent.Language,
            };
        }

        if (Version < BoltVersion.V5_1)
        {
            foreach (var (key, value) in auth.Content)
            {
                hello[key] = value;
            }

            return [new HelloMessage(hello)];
        }

        return [new HelloMessage(hello), new LogonMessage(auth.Content)];
    }

    public IRequestMessage Run(string query, IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, object?> extra) =>
        new RunMessage(query, parameters, extra);

    public IRequestMessage Pull(long n) => PullsInBatches ? new PullMessage(n, -1) : PullAllMessage.Instance;

    public IRequestMessage DiscardAll() => PullsInBatches ? new DiscardMessage(-1, -1) : DiscardAllMessage.Instance;

    /// <summary>Bolt 1-2 leave FAILED with ACK_FAILURE; from 3.0 only RESET exists.</summary>
    public IRequestMessage AcknowledgeFailure() => Version < BoltVersion.V3 ? AckFailureMessage.Instance : ResetMessage.Instance;

    /// <summary>The extra map of RUN (auto-commit) and BEGIN: bookmarks, access mode and database.</summary>
    public IReadOnlyDictionary<string, object?> TransactionExtra(IReadOnlyList<string> bookmarks, AccessMode mode, string? database)
    {
        var extra = new Dictionary<string, object?>();
        if (!HasTransactionMessages)
        {
            return extra;
        }

        if (bookmarks.Count > 0)
        {
            extra["bookmarks"] = bookmarks.ToList();
        }

        if (mode == AccessMode.Read)
        {
            extra["mode"] = "r";
        }

        if (database is not null && Version >= BoltVersion.V4_0)
        {
            extra["db"] = database;
        }

        return extra;
    }
}
