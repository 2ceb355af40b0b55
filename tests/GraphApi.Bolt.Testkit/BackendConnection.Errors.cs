using System.Text.Json.Nodes;

namespace GraphApi.Bolt.Testkit;

internal sealed partial class BackendConnection
{
    /// <summary>
    /// Reports a failure as TestKit expects it: errors of the client (including misuse, which the client reports with
    /// ArgumentException or InvalidOperationException) become DriverError with an id TestKit can hand back in
    /// RetryableNegative; errors of TestKit's own code come back as FrontendError; anything else is a backend bug.
    /// </summary>
    private async Task SendErrorAsync(Exception error)
    {
        // TestKit shows an error's type and message; the backend's log (next to the suites' logs) keeps its causes.
        await Console.Error.WriteLineAsync($"reported to TestKit: {error}").ConfigureAwait(false);
        switch (error)
        {
            case FrontendException frontend:
                await SendAsync("FrontendError", new JsonObject { ["msg"] = frontend.Message }).ConfigureAwait(false);
                break;
            case Neo4jException or InvalidOperationException or ArgumentException or NotSupportedException:
                await SendAsync("DriverError", DriverError(error, Register(error))).ConfigureAwait(false);
                break;
            default:
                await SendAsync("BackendError", new JsonObject { ["msg"] = error.ToString() }).ConfigureAwait(false);
                break;
        }
    }

    private static JsonObject DriverError(Exception error, long id)
    {
        var data = new JsonObject
        {
            ["id"] = id,
            ["errorType"] = error.GetType().Name,
            ["msg"] = error.Message,
            ["retryable"] = error is Neo4jException { IsTransient: true },
        };
        if (error is Neo4jException neo4j)
        {
            if (neo4j.Code is { } code)
            {
                data["code"] = code;
            }

            AddGql(data, neo4j);
        }

        return data;
    }

    private static void AddGql(JsonObject data, Neo4jException error)
    {
        if (error.GqlStatus is null)
        {
            return;
        }

        data["gqlStatus"] = error.GqlStatus;
        data["statusDescription"] = error.StatusDescription;
        data["diagnosticRecord"] = error.DiagnosticRecord is { } record ? CypherValues.ToCypherMap(record) : null;
        data["classification"] = error.Classification;
        data["rawClassification"] = error.RawClassification;
        if (error.GqlCause is { } cause)
        {
            var inner = new JsonObject { ["msg"] = cause.Message };
            AddGql(inner, cause);
            data["cause"] = new JsonObject { ["name"] = "GqlError", ["data"] = inner };
        }
    }
}
