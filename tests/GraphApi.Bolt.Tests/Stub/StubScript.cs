namespace GraphApi.Bolt.Tests.Stub;

/// <summary>
/// A conversation for one connection, written from the Bolt protocol documentation:
/// <code>
/// !: BOLT 5.4
/// C: HELLO {"user_agent": "*"}
/// S: SUCCESS {"server": "Neo4j/5.20.0"}
/// </code>
/// <c>!: BOLT x.y</c> reads the client's handshake and picks version x.y; <c>!: HANDSHAKE_RAW hex</c> answers
/// the handshake with raw bytes instead; <c>!: EXIT</c> closes the socket. Lines starting with # are comments.
/// </summary>
internal sealed class StubScript
{
    private StubScript(IReadOnlyList<ScriptLine> lines)
    {
        Lines = lines;
    }

    public IReadOnlyList<ScriptLine> Lines { get; }

    public static StubScript Parse(string text)
    {
        var lines = new List<ScriptLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.Length < 3 || line[1] != ':' || line[0] is not ('C' or 'S' or '!'))
            {
                throw new FormatException($"Stub script line {number} must start with 'C:', 'S:' or '!:': {line}");
            }

            var body = line[2..].Trim();
            var space = body.IndexOf(' ', StringComparison.Ordinal);
            var name = space < 0 ? body : body[..space];
            var rest = space < 0 ? string.Empty : body[(space + 1)..].Trim();
            var fields = line[0] == '!' ? (IReadOnlyList<object?>)[rest] : StubValue.ParseFields(rest);
            lines.Add(new ScriptLine(number, line[0], name, fields, line));
        }

        return new StubScript(lines);
    }
}
