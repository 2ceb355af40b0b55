namespace GraphApi.Knowledge.Model;

/// <summary>A counted or measured value as one source states it.</summary>
/// <param name="Metric">A curated slug such as <c>terrorist-cells-dismantled</c>; claims on one metric are compared.</param>
/// <param name="Since">The baseline ("since 2002"), ISO date or year; null if none.</param>
/// <param name="AsOf">When the count held, ISO date or year; null when unknown.</param>
public sealed record Quantity(string Metric, decimal Value, QuantityQualifier Qualifier, string? Unit, string? Since, string? AsOf);
