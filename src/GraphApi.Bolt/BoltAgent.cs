using System.Runtime.InteropServices;

namespace GraphApi.Bolt;

/// <summary>How this client introduces itself: user_agent in HELLO, and bolt_agent from 5.3.</summary>
internal static class BoltAgent
{
    public const string Product = "GraphApi.Bolt/1.0";

    public static string Platform => RuntimeInformation.OSDescription;

    public static string Language => $".NET/{Environment.Version}";
}
