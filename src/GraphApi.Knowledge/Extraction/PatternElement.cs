namespace GraphApi.Knowledge.Extraction;

/// <summary>One element of a <see cref="MetricPattern"/> (syntax in docs/knowledge-format.md#metricsyaml).</summary>
public abstract record PatternElement;

/// <summary>A word, one of several spellings (<c>خلية|خلايا</c>); a form ending in <c>*</c> matches any word it starts.</summary>
public sealed record WordElement(IReadOnlyList<WordForm> Forms) : PatternElement;

/// <summary>A folded spelling of a <see cref="WordElement"/>; <see cref="CountAlone"/> is the count it stands for without a number (شهرين:2).</summary>
public sealed record WordForm(string Folded, bool Prefix, int? CountAlone);

/// <summary><c>{n}</c> the number, <c>{n?}</c> a number that may be left out (a lone noun counts one), <c>{nth}</c> an ordinal (ولاية ثالثة).</summary>
public sealed record NumberSlot(bool Optional, bool Ordinal) : PatternElement;

/// <summary><c>...</c> (up to 6 words) or <c>...N</c> (up to N): words that may stand between two elements, within one sentence.</summary>
public sealed record GapElement(int Max) : PatternElement;
