using System.Text.Json.Nodes;

namespace GraphApi.Bolt.Testkit;

internal sealed partial class BackendConnection
{
    private async Task SendResultAsync(ResultCursor result)
    {
        var keys = new JsonArray([.. result.Keys.Select(k => JsonValue.Create(k))]);
        await SendAsync("Result", new JsonObject { ["id"] = Register(new ResultEntry(result)), ["keys"] = keys }).ConfigureAwait(false);
    }

    private async Task ResultNextAsync(JsonObject data)
    {
        var record = await Get<ResultEntry>(data["resultId"]).Result.FetchAsync().ConfigureAwait(false);
        await SendRecordAsync(record).ConfigureAwait(false);
    }

    private async Task ResultPeekAsync(JsonObject data)
    {
        var record = await Get<ResultEntry>(data["resultId"]).Result.PeekAsync().ConfigureAwait(false);
        await SendRecordAsync(record).ConfigureAwait(false);
    }

    private async Task ResultSingleAsync(JsonObject data)
    {
        var record = await Get<ResultEntry>(data["resultId"]).Result.SingleAsync().ConfigureAwait(false);
        await SendRecordAsync(record).ConfigureAwait(false);
    }

    private async Task ResultSingleOptionalAsync(JsonObject data)
    {
        var (record, moreThanOne) = await Get<ResultEntry>(data["resultId"]).Result.SingleOptionalAsync().ConfigureAwait(false);
        var warnings = moreThanOne ? new JsonArray("The result had more than one record.") : [];
        await SendAsync("RecordOptional", new JsonObject
        {
            ["record"] = record is null ? null : RecordData(record),
            ["warnings"] = warnings,
        }).ConfigureAwait(false);
    }

    private async Task ResultListAsync(JsonObject data)
    {
        var records = await Get<ResultEntry>(data["resultId"]).Result.ToListAsync().ConfigureAwait(false);
        await SendAsync("RecordList", new JsonObject { ["records"] = new JsonArray([.. records.Select(r => (JsonNode)RecordData(r))]) }).ConfigureAwait(false);
    }

    private async Task ResultConsumeAsync(JsonObject data)
    {
        var summary = await Get<ResultEntry>(data["resultId"]).Result.ConsumeAsync().ConfigureAwait(false);
        await SendAsync("Summary", Summary(summary)).ConfigureAwait(false);
    }

    private Task SendRecordAsync(Record? record) =>
        record is null ? SendAsync("NullRecord", []) : SendAsync("Record", RecordData(record));

    private static JsonObject RecordData(Record record) =>
        new() { ["values"] = new JsonArray([.. record.Values.Select(v => (JsonNode)CypherValues.ToCypher(v))]) };

    /// <summary>The summary as nutkit/protocol/responses.py's Summary reads it.</summary>
    private static JsonObject Summary(ResultSummary summary)
    {
        var counters = summary.Counters;
        return new JsonObject
        {
            ["serverInfo"] = ServerInfo(summary.Server),
            ["counters"] = new JsonObject
            {
                ["constraintsAdded"] = counters.ConstraintsAdded,
                ["constraintsRemoved"] = counters.ConstraintsRemoved,
                ["containsSystemUpdates"] = counters.ContainsSystemUpdates,
                ["containsUpdates"] = counters.ContainsUpdates,
                ["indexesAdded"] = counters.IndexesAdded,
                ["indexesRemoved"] = counters.IndexesRemoved,
                ["labelsAdded"] = counters.LabelsAdded,
                ["labelsRemoved"] = counters.LabelsRemoved,
                ["nodesCreated"] = counters.NodesCreated,
                ["nodesDeleted"] = counters.NodesDeleted,
                ["propertiesSet"] = counters.PropertiesSet,
                ["relationshipsCreated"] = counters.RelationshipsCreated,
                ["relationshipsDeleted"] = counters.RelationshipsDeleted,
                ["systemUpdates"] = counters.SystemUpdates,
            },
            ["query"] = new JsonObject { ["text"] = summary.Query, ["parameters"] = CypherValues.ToCypherMap(summary.Parameters) },
            ["database"] = summary.Database,
            ["queryType"] = summary.QueryType,
            ["notifications"] = summary.Notifications is { } notifications ? new JsonArray([.. notifications.Select(n => (JsonNode)Notification(n))]) : null,
            ["gqlStatusObjects"] = new JsonArray([.. summary.GqlStatusObjects.Select(s => (JsonNode)GqlStatus(s))]),
            ["plan"] = Plan(summary.Plan),
            ["profile"] = Plan(summary.Profile),
            ["resultAvailableAfter"] = summary.ResultAvailableAfter is { } available ? (long)available.TotalMilliseconds : null,
            ["resultConsumedAfter"] = summary.ResultConsumedAfter is { } consumed ? (long)consumed.TotalMilliseconds : null,
        };
    }

    private static JsonObject Notification(Notification notification)
    {
        var data = new JsonObject
        {
            ["severity"] = notification.RawSeverityLevel,
            ["description"] = notification.Description,
            ["code"] = notification.Code,
            ["title"] = notification.Title,
            ["rawSeverityLevel"] = notification.RawSeverityLevel ?? string.Empty,
            ["severityLevel"] = notification.SeverityLevel,
            ["rawCategory"] = notification.RawCategory ?? string.Empty,
            ["category"] = notification.Category,
        };
        if (notification.Position is { } position)
        {
            data["position"] = new JsonObject { ["offset"] = position.Offset, ["line"] = position.Line, ["column"] = position.Column };
        }

        return data;
    }

    private static JsonObject GqlStatus(GqlStatusObject status) => new()
    {
        ["gqlStatus"] = status.GqlStatus,
        ["statusDescription"] = status.StatusDescription,
        ["position"] = CypherValues.ToPlainJson(status.RawPosition),
        ["classification"] = status.Classification,
        ["rawClassification"] = status.RawClassification,
        ["severity"] = status.Severity,
        ["rawSeverity"] = status.RawSeverity,
        ["diagnosticRecord"] = CypherValues.ToCypherMap(status.DiagnosticRecord),
        ["isNotification"] = status.IsNotification,
    };

    private static JsonObject? Plan(Plan? plan)
    {
        if (plan is null)
        {
            return null;
        }

        var data = new JsonObject
        {
            ["args"] = CypherValues.ToPlainJson(plan.Arguments),
            ["operatorType"] = plan.OperatorType,
            ["children"] = new JsonArray([.. plan.Children.Select(c => (JsonNode?)Plan(c))]),
            ["identifiers"] = new JsonArray([.. plan.Identifiers.Select(i => JsonValue.Create(i))]),
        };
        foreach (var (key, value) in plan.ProfiledStatistics ?? new Dictionary<string, object?>())
        {
            data[key] = CypherValues.ToPlainJson(value);
        }

        return data;
    }
}
