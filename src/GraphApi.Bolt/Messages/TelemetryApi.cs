namespace GraphApi.Bolt.Messages;

/// <summary>The API values of TELEMETRY (Bolt message specification, "TELEMETRY").</summary>
internal enum TelemetryApi
{
    ManagedTransaction = 0,
    UnmanagedTransaction = 1,
    AutoCommit = 2,
    ExecuteQuery = 3,
}
