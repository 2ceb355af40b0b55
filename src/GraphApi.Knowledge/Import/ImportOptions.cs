namespace GraphApi.Knowledge.Import;

/// <summary>Settings of an import run.</summary>
public sealed record ImportOptions
{
    /// <summary>Recorded on the run (PROV activity); part of the run id, so a new importer version yields a new run id.</summary>
    public string ImporterVersion { get; init; } = typeof(ImportOptions).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    /// <summary>The clock for the run's start time (which never affects graph-content equality).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Receives one line per stage, for progress displays.</summary>
    public IProgress<string>? Progress { get; init; }

    /// <summary>
    /// Extract unreviewed figures, statements and candidates from articles without a claims file (the default). Off,
    /// such articles gain mentions only, as before extraction existed; the benchmarks compare the two.
    /// </summary>
    public bool Extract { get; init; } = true;
}
