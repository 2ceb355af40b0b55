namespace GraphApi.Bolt.Messages;

/// <summary>A message the server sends (Bolt message specification, "Summary messages" and RECORD).</summary>
internal abstract class ResponseMessage
{
    public abstract string Name { get; }
}
