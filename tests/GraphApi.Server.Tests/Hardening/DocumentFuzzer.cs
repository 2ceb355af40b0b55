using System.Text;

namespace GraphApi.Server.Tests.Hardening;

/// <summary>
/// A seeded generator of GraphQL documents: random token soup, and journalist queries mutated token by token (dropped,
/// duplicated, swapped, random punctuators, unicode, huge numbers). The same seed gives the same documents.
/// </summary>
public sealed class DocumentFuzzer(int seed)
{
    private static readonly string[] Journalist =
    [
        "query Search { search(text: \"Habboub\", first: 5) { score matched entity { id kind name nameAr } } }",
        "query Entity { node(id: \"person/habboub\") { id ... on Entity { name mentions(first: 5) { totalCount nodes { text source { id title } } } claims(first: 5) { nodes { id kind text evidence { quote verified } } } } } }",
        "query Path { path(from: \"person/david-fischer\", to: \"institution/unoct\") { length nodes { id name } hops { from { id } to { id } relationship { id type } } } }",
        "query Conflicts { conflicts { id reason left { id text } right { id text } } }",
        "query Neighborhood { neighborhood(id: \"place/morocco\", depth: 3, first: 10) { truncated nodes { id kind name } edges { id type source target } } }",
        "query People($n: String) { people(where: { nameContains: $n }, first: 3) { totalCount nodes { id name } } }",
        "{ __schema { types { name fields { name type { name ofType { name } } } } } }",
        "query F { ...Q } fragment Q on Query { search(text: \"حبوب\") { entity { id } } }",
        "query Passages($c: String) { passages(text: \"\\\"مكافحة الإرهاب\\\" الساحل\", where: { publishedFrom: \"2020\" }, first: 3, after: $c) { pageInfo { hasNextPage endCursor } nodes { source { id title } start end text score highlights { start end } } } }",
        "query Documents { documents(first: 5) { totalCount nodes { id name ... on Document { publisher { id name } } claims(role: SPEAKER, first: 3) { nodes { id modality attribution { kind affiliation { id } text start end } dateAsWritten { text } note } } } } }",
        "query Unnamed { claims(where: { attributionKind: ANONYMOUS, modality: FUTURE }, order: [{ field: DATE }], first: 5) { totalCount nodes { id speaker { id } } } }",
    ];

    private static readonly string[] Punctuators = ["!", "$", "&", "(", ")", "...", ":", "=", "@", "[", "]", "{", "|", "}", "\"", "\"\"\"", "#", ",", "\\", "\u0000"];

    private static readonly string[] Oddities =
    [
        "9999999999999999999999999", "-2147483649", "1e400", "0x10", "1.", ".5", "NaN", "\u202E", "\uFEFF", "\u200B", "حبوب",
        "😀", "\uD800", "\"\\u0000\"", "\"\\uZZZZ\"", "__typename", "__schema", "__type(name: \"Query\")", "fragment", "on", "query",
        "mutation", "subscription", "null", "true", "$v", "@skip(if: true)", "@include(if: $x)", "\"" + new string('a', 5000) + "\"",
    ];

    private readonly Random random = new(seed);

    public string Next() => random.Next(4) == 0 ? TokenSoup() : Mutate(Journalist[random.Next(Journalist.Length)]);

    private string TokenSoup()
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 60);
        for (var i = 0; i < count; i++)
        {
            builder.Append(random.Next(3) switch
            {
                0 => Punctuators[random.Next(Punctuators.Length)],
                1 => Oddities[random.Next(Oddities.Length)],
                _ => ((char)random.Next(0x20, 0x7F)).ToString(),
            }).Append(random.Next(3) == 0 ? "" : " ");
        }

        return builder.ToString();
    }

    private string Mutate(string document)
    {
        var tokens = document.Split(' ').ToList();
        var mutations = random.Next(1, 6);
        for (var m = 0; m < mutations && tokens.Count > 0; m++)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(6))
            {
                case 0:
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    tokens.InsertRange(at, Enumerable.Repeat(tokens[at], random.Next(1, 50)));
                    break;
                case 2:
                    var other = random.Next(tokens.Count);
                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
                case 3:
                    tokens.Insert(at, Punctuators[random.Next(Punctuators.Length)]);
                    break;
                case 4:
                    tokens.Insert(at, Oddities[random.Next(Oddities.Length)]);
                    break;
                default:
                    var token = tokens[at];
                    tokens[at] = token.Length == 0 ? token : token.Remove(random.Next(token.Length), 1);
                    break;
            }
        }

        return string.Join(' ', tokens);
    }
}
