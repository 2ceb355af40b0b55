namespace GraphApi.Knowledge.Neo4j;

/// <summary>
/// An import into Neo4j stopped because another process took its partition's import lock over (this one had stopped
/// renewing its lease for a whole lease). Whichever noticed first, the lease's renewal or an import transaction's guard,
/// the caller gets this one error. No transaction of this import commits after the loss; each source is old or new.
/// </summary>
public sealed class ImportLockLostException(string message, Exception inner) : InvalidOperationException(message, inner);
