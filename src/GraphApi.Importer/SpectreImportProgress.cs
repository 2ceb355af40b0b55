using Spectre.Console;

namespace GraphApi.Importer;

/// <summary>Shows the pipeline's stages as a Spectre.Console progress task (reported synchronously, in order).</summary>
internal sealed class SpectreImportProgress(ProgressContext context) : IProgress<string>
{
    private ProgressTask? current;

    public void Report(string value)
    {
        current?.Value(current.MaxValue);
        current = context.AddTask(Markup.Escape(value), maxValue: 1);
        if (value == "done")
        {
            current.Value(1);
        }
    }
}
