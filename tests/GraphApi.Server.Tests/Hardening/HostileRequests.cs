using System.Text;

namespace GraphApi.Server.Tests.Hardening;

/// <summary>
/// The hostile requests of issue 7 and the OWASP GraphQL cheat sheet ("DoS prevention", "input validation"), each a raw
/// body and content type. <see cref="MayAnswerWithData"/> marks the few a server may legitimately execute.
/// </summary>
public static class HostileRequests
{
    private const string Json = "application/json";

    public static IReadOnlyDictionary<string, (byte[] Body, string ContentType)> All { get; } = Build();

    /// <summary>Cases that are within every limit and so may be answered with data rather than an error.</summary>
    public static IReadOnlySet<string> MayAnswerWithData { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "introspection nested 10 levels",
        "a 900 KB string literal in the query",
        "a 900 KB string in the variables",
        "a duplicated query key",
        "a 900 KB quoted phrase in passages",
        "2,000 unbalanced quotes in passages",
    };

    public static byte[] Query(string document) => Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { query = document }));

    private static Dictionary<string, (byte[] Body, string ContentType)> Build()
    {
        var megabytes = new string('x', 3 * 1024 * 1024);
        var nearLimit = new string('y', 900 * 1024);
        var cases = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal)
        {
            ["nesting 5,000 levels deep"] = (Query("{ " + Repeat("neighborhood(id: \"place/morocco\") { nodes { ", 2500) + "id" + Repeat(" }", 5000) + " }"), Json),
            ["selection sets 5,000 levels deep"] = (Query(Repeat("{ ", 5000) + "__typename" + Repeat(" }", 5000)), Json),
            ["a list literal 5,000 levels deep"] = (Query("{ search(text: \"x\", kinds: " + Repeat("[", 5000) + "PERSON" + Repeat("]", 5000) + ") { score } }"), Json),
            ["an object literal 5,000 levels deep"] = (Query("{ people(where: " + Repeat("{ nameContains: ", 5000) + "\"x\"" + Repeat(" }", 5000) + ") { totalCount } }"), Json),
            ["variables JSON 5,000 levels deep"] = (Encoding.UTF8.GetBytes("{\"query\":\"query($v: String) { search(text: $v) { score } }\",\"variables\":{\"v\":" + Repeat("[", 5000) + Repeat("]", 5000) + "}}"), Json),
            ["20,000 aliases of search"] = (Query("{ " + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"a{i}: search(text: \"x\") {{ score }} ")) + "}"), Json),
            ["1,000 aliases of passages"] = (Query("{ " + string.Concat(Enumerable.Range(0, 1_000).Select(i => $"p{i}: passages(text: \"x\") {{ nodes {{ start }} }} ")) + "}"), Json),
            ["a 900 KB quoted phrase in passages"] = (Encoding.UTF8.GetBytes("{\"query\":\"query($t: String!) { passages(text: $t, first: 500) { nodes { start text } } }\",\"variables\":{\"t\":\"\\\"" + string.Join(' ', Enumerable.Repeat("الساحل", 900 * 1024 / 14)) + "\\\"\"}}"), Json),
            ["2,000 unbalanced quotes in passages"] = (Query("{ passages(text: \"" + string.Concat(Enumerable.Repeat("\\\"« الساحل ”", 2000)) + "\") { nodes { start } } }"), Json),
            ["a passages cursor of 900 KB"] = (Query("{ passages(text: \"الساحل\", after: \"" + nearLimit + "\") { nodes { start } } }"), Json),
            ["20,000 aliases of __typename"] = (Query("{ " + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"a{i}: __typename ")) + "}"), Json),
            ["20,000 directives on one field"] = (Query("{ __typename " + Repeat("@skip(if: false) ", 20_000) + "}"), Json),
            ["20,000 variable definitions"] = (Query("query(" + string.Concat(Enumerable.Range(0, 20_000).Select(i => $"$v{i}: Int ")) + ") { __typename }"), Json),
            ["a two-fragment cycle"] = (Query("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }"), Json),
            ["a self-spreading fragment"] = (Query("{ ...A } fragment A on Query { __typename ...A }"), Json),
            ["a 2,000-fragment cycle"] = (Query("{ ...F0 } " + string.Concat(Enumerable.Range(0, 2000).Select(i => $"fragment F{i} on Query {{ __typename ...F{(i + 1) % 2000} }} "))), Json),
            ["fragments doubling 30 times (billion laughs)"] = (Query("{ ...F0 } " + string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ")) + "fragment F30 on Query { search(text: \"x\") { score } }"), Json),
            ["introspection nested 10 levels"] = (Query("{ __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }"), Json),
            ["introspection ofType 5,000 levels deep"] = (Query("{ __schema { types { " + Repeat("ofType { ", 5000) + "name" + Repeat(" }", 5000) + " } } }"), Json),
            ["a 3 MB string literal in the query"] = (Query("{ search(text: \"" + megabytes + "\") { score } }"), Json),
            ["a 3 MB string in the variables"] = (Encoding.UTF8.GetBytes("{\"query\":\"query($t: String!) { search(text: $t) { score } }\",\"variables\":{\"t\":\"" + megabytes + "\"}}"), Json),
            ["a 3 MB body of whitespace"] = (Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"" + new string(' ', 3 * 1024 * 1024) + "}"), Json),
            ["a 900 KB string literal in the query"] = (Query("{ search(text: \"" + nearLimit + "\") { score } }"), Json),
            ["a 900 KB string in the variables"] = (Encoding.UTF8.GetBytes("{\"query\":\"query($t: String!) { search(text: $t) { score } }\",\"variables\":{\"t\":\"" + nearLimit + "\"}}"), Json),
            ["invalid UTF-8 after the JSON"] = ([.. Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}"), 0xFF, 0xFE], Json),
            ["invalid UTF-8 inside the query string"] = ([.. Encoding.UTF8.GetBytes("{\"query\":\"{ search(text: \\\""), 0xC3, 0x28, 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes("\\\") { score } }\"}")], Json),
            ["a lone surrogate escape in the query"] = (Encoding.UTF8.GetBytes("{\"query\":\"{ search(text: \\\"\\ud800\\\") { score } }\"}"), Json),
            ["a lone surrogate escape in the variables"] = (Encoding.UTF8.GetBytes("{\"query\":\"query($t: String!) { search(text: $t) { score } }\",\"variables\":{\"t\":\"a\\udc00b\"}}"), Json),
            ["a lone surrogate escape in a member name"] = (Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"variables\":{\"\\ud800\":1}}"), Json),
            ["a null byte in the document"] = (Encoding.UTF8.GetBytes("{\"query\":\"{ __typename \\u0000 }\"}"), Json),
            ["truncated JSON"] = (Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }"), Json),
            ["JSON that is only an opening brace"] = (Encoding.UTF8.GetBytes("{"), Json),
            ["a JSON array of 1,000 requests"] = (Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("{\"query\":\"{ __typename }\"}", 1000)) + "]"), Json),
            ["JSON null"] = (Encoding.UTF8.GetBytes("null"), Json),
            ["a JSON string"] = (Encoding.UTF8.GetBytes("\"{ __typename }\""), Json),
            ["query is a number"] = (Encoding.UTF8.GetBytes("{\"query\":5}"), Json),
            ["variables are a string"] = (Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"variables\":\"x\"}"), Json),
            ["a duplicated query key"] = (Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\",\"query\":\"{ conflicts { id } }\"}"), Json),
            ["an empty body"] = ([], Json),
            ["an empty query"] = (Query(""), Json),
            ["a comment-only query"] = (Query("# nothing"), Json),
            ["text/plain"] = (Query("{ __typename }"), "text/plain"),
            ["application/xml"] = (Encoding.UTF8.GetBytes("<query>{ __typename }</query>"), "application/xml"),
            ["multipart/form-data"] = (Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n{ __typename }\r\n--b--\r\n"), "multipart/form-data; boundary=b"),
            ["application/x-www-form-urlencoded"] = (Encoding.UTF8.GetBytes("query=%7B__typename%7D"), "application/x-www-form-urlencoded"),
            ["application/json in latin1"] = (Encoding.Latin1.GetBytes("{\"query\":\"{ search(text: \\\"é\\\") { score } }\"}"), "application/json; charset=latin1"),
            ["a garbage content type"] = (Query("{ __typename }"), "???/;;;=="),
            ["a string variable for an Int"] = (Encoding.UTF8.GetBytes("{\"query\":\"query($n: Int) { search(text: \\\"x\\\", first: $n) { score } }\",\"variables\":{\"n\":\"ten\"}}"), Json),
            ["an object variable for a String"] = (Encoding.UTF8.GetBytes("{\"query\":\"query($t: String!) { search(text: $t) { score } }\",\"variables\":{\"t\":{\"a\":1}}}"), Json),
            ["null for a non-null variable"] = (Encoding.UTF8.GetBytes("{\"query\":\"query($t: String!) { search(text: $t) { score } }\",\"variables\":{\"t\":null}}"), Json),
            ["an unknown enum value in a variable"] = (Encoding.UTF8.GetBytes("{\"query\":\"query($k: [NodeKind!]) { search(text: \\\"x\\\", kinds: $k) { score } }\",\"variables\":{\"k\":[\"DROP TABLE\"]}}"), Json),
            ["a variable declared with an unknown type"] = (Query("query($n: NoSuchType) { __typename }"), Json),
            ["an Int variable above 2^31"] = (Encoding.UTF8.GetBytes("{\"query\":\"query($n: Int) { search(text: \\\"x\\\", first: $n) { score } }\",\"variables\":{\"n\":2147483648}}"), Json),
            ["an Int variable of 1e400"] = (Encoding.UTF8.GetBytes("{\"query\":\"query($n: Int) { search(text: \\\"x\\\", first: $n) { score } }\",\"variables\":{\"n\":1e400}}"), Json),
            ["an Int variable of 1.5"] = (Encoding.UTF8.GetBytes("{\"query\":\"query($n: Int) { search(text: \\\"x\\\", first: $n) { score } }\",\"variables\":{\"n\":1.5}}"), Json),
            ["an Int variable with 400 digits"] = (Encoding.UTF8.GetBytes("{\"query\":\"query($n: Int) { search(text: \\\"x\\\", first: $n) { score } }\",\"variables\":{\"n\":" + new string('9', 400) + "}}"), Json),
            ["a negative first"] = (Query("{ search(text: \"x\", first: -1) { score } }"), Json),
            ["an Int literal above 2^31"] = (Query("{ search(text: \"x\", first: 3000000000) { score } }"), Json),
            ["an Int literal below -2^31"] = (Query("{ search(text: \"x\", first: -2147483649) { score } }"), Json),
            ["an Int literal of 1e400"] = (Query("{ search(text: \"x\", first: 1e400) { score } }"), Json),
            ["an Int literal with 10,000 digits"] = (Query("{ search(text: \"x\", first: " + new string('9', 10_000) + ") { score } }"), Json),
            ["a huge first on a connection"] = (Query("{ people(first: 2147483647) { totalCount nodes { id mentions(first: 2147483647) { totalCount } } } }"), Json),
            ["a neighborhood of depth 2^31-1"] = (Query("{ neighborhood(id: \"place/morocco\", depth: 2147483647, first: 2147483647) { truncated } }"), Json),
            ["a malformed float literal"] = (Query("{ search(text: \"x\", first: 1.e5) { score } }"), Json),
            ["an unknown operation name"] = (Encoding.UTF8.GetBytes("{\"query\":\"query A { __typename }\",\"operationName\":\"B\"}"), Json),
            ["two anonymous operations"] = (Query("{ __typename } { __typename }"), Json),
            ["a mutation"] = (Query("mutation { __typename }"), Json),
            ["a subscription"] = (Query("subscription { __typename }"), Json),
        };
        return cases;
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
