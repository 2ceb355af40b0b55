using GraphApi.Bolt.Messages;

namespace GraphApi.Bolt.Connections;

internal sealed partial class BoltConnection
{
    /// <summary>The token the connection is logged on with.</summary>
    public AuthToken Auth { get; private set; } = AuthTokens.None;

    /// <summary>Whether the connection can switch credentials in place (LOGOFF + LOGON, Bolt 5.1+).</summary>
    public bool SupportsReauthentication => _format.HasLogon;

    /// <summary>
    /// Queues LOGOFF + LOGON with <paramref name="token"/>; they travel with the next request, and a rejected LOGON
    /// surfaces there as a security error (which closes the connection).
    /// </summary>
    public void Reauthenticate(AuthToken token)
    {
        if (!SupportsReauthentication)
        {
            throw new UnsupportedFeatureException(
                $"The server at {Address} speaks Bolt {Version}; switching credentials on a connection needs Bolt 5.1 (Neo4j 5.5) or later.");
        }

        EnqueueDeferred(LogoffMessage.Instance);
        EnqueueDeferred(new LogonMessage(token.Content));
        Auth = token;
    }
}
