namespace GraphApi.Knowledge.Model;

/// <summary>
/// How an unreviewed claim was extracted from an article that has no curated claims file. Curated claims have none
/// (<see cref="Claim.Extraction"/> is null), so "reviewed" means exactly "has no extraction".
/// </summary>
/// <param name="Method"><see cref="ExtractionMethods.QuantityPattern"/> or <see cref="ExtractionMethods.ReportedSpeech"/>.</param>
/// <param name="Confidence">0..1, from the strength of the cue (documented in docs/extraction.md); not a probability.</param>
/// <param name="Cue">What matched: the metric pattern (<c>terrorist-cells-dismantled: تفكيك* ... {n} خلية|خلايا</c>) or the reporting verb.</param>
/// <param name="Attribution">Who the article says asserts it, and in which words (read the way issue 18's lint reads curated claims).</param>
/// <param name="Modality">Whether the clause asserts it, says it may be so, or that it will be.</param>
public sealed record ClaimExtraction(string Method, double Confidence, string Cue, ExtractedAttribution Attribution, ExtractedModality Modality);
