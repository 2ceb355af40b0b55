using GraphApi.Importer;
using Spectre.Console;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await new ImporterCommand().RunAsync(args, AnsiConsole.Console, cancellation.Token);
