using GraphApi.Bolt.Messages;

namespace GraphApi.Bolt.Protocol;

/// <summary>
/// The one place where the negotiated Bolt version chooses message formats: INIT or HELLO (+ LOGON from 5.1), what
/// HELLO carries (routing context 4.1+, the UTC patch 4.3-4.4, notification filters 5.2+, bolt_agent 5.3+), PULL_ALL or
/// PULL {n}, ACK_FAILURE or RESET, statement-based or message-based transactions, and the extra map of BEGIN and RUN.
/// </summary>
internal sealed class MessageFormat(BoltVersion version)
{
    public BoltVersion Version { get; } = version;

    /// <summary>Explicit transaction messages BEGIN/COMMIT/ROLLBACK and bookmarks exist from 3.0.</summary>
    public bool HasTransactionMessages => Version >= BoltVersion.V3;

    /// <summary>PULL and DISCARD take {n, qid} from 4.0, which is what makes has_more streaming possible.</summary>
    public bool PullsInBatches => Version >= BoltVersion.V4_0;

    public bool HasGoodbye => Version >= BoltVersion.V3;

    /// <summary>Databases other than the default one can be named from 4.0.</summary>
    public bool HasDatabases => Version >= BoltVersion.V4_0;

    /// <summary>ROUTE replaces the routing procedure from 4.3.</summary>
    public bool HasRoute => Version >= BoltVersion.V4_3;

    /// <summary>Impersonation (imp_user in BEGIN, RUN and ROUTE) from 4.4.</summary>
    public bool HasImpersonation => Version >= BoltVersion.V4_4;

    /// <summary>Authentication moves from HELLO to LOGON, and LOGOFF allows switching users, from 5.1.</summary>
    public bool HasLogon => Version >= BoltVersion.V5_1;

    /// <summary>Notification filters in HELLO, BEGIN and RUN from 5.2.</summary>
    public bool HasNotificationFilters => Version >= BoltVersion.V5_2;

    /// <summary>TELEMETRY from 5.4.</summary>
    public bool HasTelemetry => Version >= BoltVersion.V5_4;

    /// <summary>4.3 and 4.4 can be patched to send date-times in UTC, as 5.0 always does.</summary>
    public bool OffersUtcPatch => Version >= BoltVersion.V4_3 && Version < BoltVersion.V5_0;

    /// <summary>HELLO (or INIT); from 5.1 the auth map travels in LOGON instead.</summary>
    public IRequestMessage Hello(
        string userAgent, AuthToken auth, IReadOnlyDictionary<string, object?>? routingContext, NotificationConfig? notifications)
    {
        if (Version < BoltVersion.V3)
        {
            return new InitMessage(userAgent, auth.Content);
        }

        var hello = new Dictionary<string, object?> { ["user_agent"] = userAgent };
        if (!HasLogon)
        {
            foreach (var (key, value) in auth.Content)
            {
                hello[key] = value;
            }
        }

        if (routingContext is not null && Version >= BoltVersion.V4_1)
        {
            hello["routing"] = routingContext;
        }

        if (OffersUtcPatch)
        {
            hello["patch_bolt"] = new[] { "utc" };
        }

        AddNotificationFilters(hello, notifications);
        if (Version >= BoltVersion.V5_3)
        {
            hello["bolt_agent"] = new Dictionary<string, object?>
            {
                ["product"] = BoltAgent.Product,
                ["platform"] = BoltAgent.Platform,
                ["language"] = BoltAgent.Language,
            };
        }

        return new HelloMessage(hello);
    }

    public IRequestMessage Run(string query, IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, object?> extra) =>
        new RunMessage(query, parameters, extra);

    /// <summary>PULL n records of statement <paramref name="qid"/> (-1: the last one run); PULL_ALL before 4.0.</summary>
    public IRequestMessage Pull(long n, long qid = -1) => PullsInBatches ? new PullMessage(n, qid) : PullAllMessage.Instance;

    /// <summary>DISCARD what is left of statement <paramref name="qid"/> (-1: the last one run); DISCARD_ALL before 4.0.</summary>
    public IRequestMessage DiscardAll(long qid = -1) => PullsInBatches ? new DiscardMessage(-1, qid) : DiscardAllMessage.Instance;

    /// <summary>
    /// The request that leaves FAILED. From 3.0 only RESET exists. Bolt 1-2 also have ACK_FAILURE, which clears the
    /// failure and nothing else: inside an explicit transaction that leaves the transaction for the client to end, but
    /// after a failed auto-commit query Neo4j 3.1 also keeps that query's failed transaction on the connection, and the
    /// next query fails with TransactionMarkedAsFailed. So ACK_FAILURE only inside an explicit transaction.
    /// </summary>
    public IRequestMessage AcknowledgeFailure(bool inTransaction) =>
        Version < BoltVersion.V3 && inTransaction ? AckFailureMessage.Instance : ResetMessage.Instance;

    /// <summary>
    /// The extra map of RUN (auto-commit) and BEGIN: bookmarks, timeout, metadata, access mode, database, impersonated
    /// user and notification filters. Defaults are left out.
    /// </summary>
    public IReadOnlyDictionary<string, object?> TransactionExtra(TransactionParameters parameters)
    {
        var extra = new Dictionary<string, object?>();
        if (!HasTransactionMessages)
        {
            return extra;
        }

        if (parameters.Bookmarks.Count > 0)
        {
            extra["bookmarks"] = parameters.Bookmarks.ToList();
        }

        if (parameters.Config.Timeout is { } timeout)
        {
            extra["tx_timeout"] = (long)Math.Ceiling(timeout.TotalMilliseconds);
        }

        if (parameters.Config.Metadata is { Count: > 0 } metadata)
        {
            extra["tx_metadata"] = metadata;
        }

        if (parameters.Mode == AccessMode.Read)
        {
            extra["mode"] = "r";
        }

        if (parameters.Database is { } database && HasDatabases)
        {
            extra["db"] = database;
        }

        if (parameters.ImpersonatedUser is { } user)
        {
            if (!HasImpersonation)
            {
                throw new UnsupportedFeatureException(
                    $"Impersonating '{user}' needs Bolt 4.4 (Neo4j 4.4) or later; the server speaks Bolt {Version}.");
            }

            extra["imp_user"] = user;
        }

        AddNotificationFilters(extra, parameters.Notifications);
        return extra;
    }

    /// <summary>
    /// Minimum severity and disabled categories (5.2-5.5) or classifications (5.6+). Only sent when configured, and
    /// only from 5.2: older servers would reject the unknown keys.
    /// </summary>
    private void AddNotificationFilters(Dictionary<string, object?> map, NotificationConfig? notifications)
    {
        if (notifications is null)
        {
            return;
        }

        if (!HasNotificationFilters)
        {
            throw new UnsupportedFeatureException(
                $"Notification filters need Bolt 5.2 (Neo4j 5.7) or later; the server speaks Bolt {Version}.");
        }

        if (notifications.MinimumSeverity is { } severity)
        {
            map["notifications_minimum_severity"] = severity;
        }

        if (notifications.DisabledCategories is { } disabled)
        {
            map[Version >= BoltVersion.V5_6 ? "notifications_disabled_classifications" : "notifications_disabled_categories"] = disabled.ToList();
        }
    }
}
