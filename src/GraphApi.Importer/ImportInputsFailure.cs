namespace GraphApi.Importer;

/// <summary>Why the positional arguments name nothing the importer can read.</summary>
/// <param name="Kind">What went wrong, which decides the exit code.</param>
/// <param name="Message">What to tell the person at the command line.</param>
public sealed record ImportInputsFailure(ImportInputsFailureKind Kind, string Message)
{
    /// <summary><see cref="ExitCodes.InvalidInput"/> for a named file or folder that does not exist, <see cref="ExitCodes.Usage"/> otherwise.</summary>
    public int ExitCode => Kind switch
    {
        ImportInputsFailureKind.NotFound => ExitCodes.InvalidInput,
        ImportInputsFailureKind.Usage => ExitCodes.Usage,
        _ => throw new InvalidOperationException($"No exit code for {Kind}."),
    };
}

/// <summary>The kinds of <see cref="ImportInputsFailure"/>.</summary>
public enum ImportInputsFailureKind
{
    /// <summary>A named article or corpus folder does not exist.</summary>
    NotFound,

    /// <summary>The arguments do not fit together (none, folders mixed with files, no knowledge folder).</summary>
    Usage,
}
