namespace GraphApi.Importer;

/// <summary>Process exit codes of the importer.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The corpus or an article is invalid (unknown entity, duplicate id, quote not found, bad encoding, missing file), or, with <c>--strict-lint</c>, it does not lint clean.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;

    /// <summary>The store could not be written (Neo4j unreachable, refused the credentials or failed); complete sources stay.</summary>
    public const int StoreFailed = 3;
}
