using GraphApi.Importer;
using Spectre.Console;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var command = new ImporterCommand();
var exitCode = await command.RunAsync(args, AnsiConsole.Console, cancellation.Token);
if (command.Store is IAsyncDisposable store)
{
    await store.DisposeAsync();
}

return exitCode;
