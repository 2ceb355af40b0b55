namespace GraphApi.Bolt.Messages;

/// <summary>Structure tags of Bolt messages (Bolt message specification, "Message summary").</summary>
internal static class MessageTag
{
    /// <summary>HELLO (3+) and INIT (1-2) share the tag.</summary>
    public const byte Hello = 0x01;
    public const byte Goodbye = 0x02;
    public const byte AckFailure = 0x0E;
    public const byte Reset = 0x0F;
    public const byte Run = 0x10;
    public const byte Begin = 0x11;
    public const byte Commit = 0x12;
    public const byte Rollback = 0x13;

    /// <summary>DISCARD (4+, with n and qid) and DISCARD_ALL (1-3) share the tag.</summary>
    public const byte Discard = 0x2F;

    /// <summary>PULL (4+, with n and qid) and PULL_ALL (1-3) share the tag.</summary>
    public const byte Pull = 0x3F;
    public const byte Telemetry = 0x54;
    public const byte Route = 0x66;

    /// <summary>LOGON, 5.1+.</summary>
    public const byte Logon = 0x6A;

    /// <summary>LOGOFF, 5.1+.</summary>
    public const byte Logoff = 0x6B;

    public const byte Success = 0x70;
    public const byte Record = 0x71;
    public const byte Ignored = 0x7E;
    public const byte Failure = 0x7F;
}
