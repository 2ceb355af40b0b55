namespace GraphApi.Bolt;

/// <summary>What the server told us at connect: its address, agent string (e.g. "Neo4j/5.26.0") and the negotiated Bolt version.</summary>
public sealed record ServerInfo(string Address, string Agent, BoltVersion ProtocolVersion, string? ConnectionId);
