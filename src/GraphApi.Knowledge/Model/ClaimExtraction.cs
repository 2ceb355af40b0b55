namespace GraphApi.Knowledge.Model;

/// <summary>
/// How an unreviewed claim was extracted from an article that has no curated claims file. Curated claims have none
/// (<see cref="Claim.Extraction"/> is null), so "reviewed" means exactly "has no extraction". Who the article attributes
/// the claim to and how firmly it states it are the claim's own <see cref="Claim.Attribution"/> and
/// <see cref="Claim.Modality"/>, filled by the extractor as a curator fills them.
/// </summary>
/// <param name="Method"><see cref="ExtractionMethods.QuantityPattern"/> or <see cref="ExtractionMethods.ReportedSpeech"/>.</param>
/// <param name="Confidence">0..1, from the strength of the cue (documented in docs/extraction.md); not a probability.</param>
/// <param name="Cue">What matched: the metric pattern (<c>terrorist-cells-dismantled: تفكيك* ... {n} خلية|خلايا</c>) or the reporting verb.</param>
public sealed record ClaimExtraction(string Method, double Confidence, string Cue);
