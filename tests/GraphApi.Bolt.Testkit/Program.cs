using System.Globalization;
using GraphApi.Bolt.Testkit;

// The TestKit backend of GraphApi.Bolt: TestKit (neo4j-drivers/testkit) connects here and drives the client through
// its JSON protocol while its stub servers play Bolt conversations. See docs/testkit.md.
var port = int.Parse(Environment.GetEnvironmentVariable("TEST_BACKEND_PORT") ?? "9876", CultureInfo.InvariantCulture);
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();

await TestkitServer.RunAsync(port, stop.Token);
