namespace GraphApi.Knowledge.Model;

/// <summary>The values of <see cref="ClaimExtraction.Method"/>; the GraphQL API returns them as they are.</summary>
public static class ExtractionMethods
{
    /// <summary>A number matched by a metric pattern of <c>knowledge/metrics.yaml</c>.</summary>
    public const string QuantityPattern = "quantity-pattern";

    /// <summary>A known entity as the subject of a reporting verb (قال، أكد، أوضح …).</summary>
    public const string ReportedSpeech = "reported-speech";
}
