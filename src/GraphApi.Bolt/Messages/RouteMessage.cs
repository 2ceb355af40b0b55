using GraphApi.PackStream;

namespace GraphApi.Bolt.Messages;

/// <summary>
/// ROUTE (4.3+): asks a cluster member for the routing table of a database. 4.3 sends the database name as the
/// third field; from 4.4 the third field is a map {db, imp_user}.
/// </summary>
internal sealed class RouteMessage(
    IReadOnlyDictionary<string, object?> routingContext, IReadOnlyList<string> bookmarks, string? database, string? impersonatedUser)
    : IRequestMessage
{
    public string Name => "ROUTE";

    public void WriteTo(Packer packer, BoltVersion version)
    {
        packer.WriteStructHeader(MessageTag.Route, 3);
        packer.Write(routingContext);
        packer.Write(bookmarks);
        if (version < BoltVersion.V4_4)
        {
            packer.Write(database);
            return;
        }

        var extra = new Dictionary<string, object?>();
        if (database is not null)
        {
            extra["db"] = database;
        }

        if (impersonatedUser is not null)
        {
            extra["imp_user"] = impersonatedUser;
        }

        packer.Write(extra);
    }
}
