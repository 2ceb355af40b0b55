using System.Text.RegularExpressions;

namespace GraphApi.Knowledge.Lint;

/// <summary>One hedge an English rendering must keep: its label ("can"), how the Arabic words show it, and the English that renders it.</summary>
/// <param name="Matches">Whether the hedge starts at word i of a quote.</param>
/// <param name="English">Any rendering of it in English; <paramref name="Label"/> is one.</param>
public sealed record GlossHedge(string Label, Func<IReadOnlyList<LintToken>, int, bool> Matches, Regex English);
