using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace GraphApi.Importer;

/// <summary>
/// Writes the store's log lines (waiting for the import lock, rebuilding an old Neo4j layout, what was written) to the
/// importer's console, information and above.
/// </summary>
internal sealed class ConsoleLogger(IAnsiConsole console) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var colour = logLevel >= LogLevel.Warning ? "yellow" : "grey";
        console.MarkupLine($"[{colour}]{Markup.Escape(formatter(state, exception))}[/]");
    }
}
