namespace GraphApi.Bolt;

/// <summary>
/// Notifications and GQL statuses both ways: from 5.6 the server sends statuses, and those with a neo4j_code are also
/// notifications; before, it sends notifications, from which the statuses are derived (GQL "polyfill").
/// </summary>
internal static class SummaryStatuses
{
    public static (IReadOnlyList<GqlStatusObject> Statuses, IReadOnlyList<Notification>? Notifications) FromStatuses(IReadOnlyList<object?>? raw)
    {
        var statuses = new List<GqlStatusObject>();
        var notifications = new List<Notification>();
        foreach (var status in (raw ?? []).OfType<IReadOnlyDictionary<string, object?>>())
        {
            var diagnostics = WithDefaults(status.GetValueOrDefault("diagnostic_record") as IReadOnlyDictionary<string, object?>);
            var code = status.GetValueOrDefault("neo4j_code") as string;
            statuses.Add(new GqlStatusObject(
                status.GetValueOrDefault("gql_status") as string ?? string.Empty,
                status.GetValueOrDefault("status_description") as string ?? string.Empty,
                diagnostics,
                code is not null));
            if (code is not null)
            {
                notifications.Add(new Notification(
                    code,
                    status.GetValueOrDefault("title") as string,
                    status.GetValueOrDefault("description") as string,
                    InputPosition.From(diagnostics.GetValueOrDefault("_position")),
                    diagnostics.GetValueOrDefault("_severity") as string,
                    diagnostics.GetValueOrDefault("_classification") as string));
            }
        }

        return (statuses, notifications);
    }

    public static (IReadOnlyList<GqlStatusObject> Statuses, IReadOnlyList<Notification>? Notifications) FromNotifications(
        IReadOnlyList<object?>? raw, bool hadRecords, bool hadFields)
    {
        var notifications = raw?.OfType<IReadOnlyDictionary<string, object?>>().Select(n => new Notification(
            n.GetValueOrDefault("code") as string,
            n.GetValueOrDefault("title") as string,
            n.GetValueOrDefault("description") as string,
            InputPosition.From(n.GetValueOrDefault("position")),
            n.GetValueOrDefault("severity") as string,
            n.GetValueOrDefault("category") as string)).ToList();
        var result = hadRecords
            ? Status("00000", "note: successful completion")
            : hadFields ? Status("02000", "note: no data") : Status("00001", "note: successful completion - omitted result");
        var derived = (raw ?? []).OfType<IReadOnlyDictionary<string, object?>>().Select(FromNotification);

        // GQL orders statuses by precedence: no data, then warnings, then success, then information.
        var ordered = derived.Append(result).OrderBy(s => s.GqlStatus[..2] switch
        {
            "02" => 0,
            "01" => 1,
            "00" => 2,
            _ => 3,
        }).ToList();
        return (ordered, notifications);
    }

    private static GqlStatusObject FromNotification(IReadOnlyDictionary<string, object?> notification)
    {
        var severity = notification.GetValueOrDefault("severity") as string;
        var warning = severity == "WARNING";
        var diagnostics = WithDefaults(null);
        if (severity is not null)
        {
            diagnostics["_severity"] = severity;
        }

        if (notification.GetValueOrDefault("category") is string category)
        {
            diagnostics["_classification"] = category;
        }

        if (notification.GetValueOrDefault("position") is IReadOnlyDictionary<string, object?> position)
        {
            diagnostics["_position"] = position;
        }

        return new GqlStatusObject(
            warning ? "01N42" : "03N42",
            notification.GetValueOrDefault("description") as string ?? (warning ? "warn: unknown warning" : "info: unknown notification"),
            diagnostics,
            IsNotification: true);
    }

    private static GqlStatusObject Status(string code, string description) => new(code, description, WithDefaults(null), IsNotification: false);

    private static Dictionary<string, object?> WithDefaults(IReadOnlyDictionary<string, object?>? record)
    {
        var filled = record is null ? [] : new Dictionary<string, object?>(record, StringComparer.Ordinal);
        filled.TryAdd("OPERATION", string.Empty);
        filled.TryAdd("OPERATION_CODE", "0");
        filled.TryAdd("CURRENT_SCHEMA", "/");
        return filled;
    }
}
