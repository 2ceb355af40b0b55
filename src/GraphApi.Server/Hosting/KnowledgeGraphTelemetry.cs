using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraphApi.Server.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core request spans and durations, GraphQL errors, and store calls
/// (<see cref="InstrumentedKnowledgeStore"/>). They are exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// is set, and cost next to nothing when it is not.
/// </summary>
public static class KnowledgeGraphTelemetry
{
    public const string Name = "GraphApi";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> StoreCalls = Meter.CreateCounter<long>("graphapi.store.calls", description: "Calls made to the knowledge store, by operation.");

    public static readonly Histogram<double> StoreCallDuration = Meter.CreateHistogram<double>("graphapi.store.duration", unit: "ms", description: "Duration of knowledge store calls.");

    public static WebApplicationBuilder AddKnowledgeGraphTelemetry(this WebApplicationBuilder builder)
    {
        var endpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return builder;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "graphapi"))
            .WithTracing(tracing => tracing.AddSource(Name).AddAspNetCoreInstrumentation().AddOtlpExporter())
            .WithMetrics(metrics => metrics.AddMeter(Name).AddAspNetCoreInstrumentation().AddOtlpExporter());
        return builder;
    }
}
