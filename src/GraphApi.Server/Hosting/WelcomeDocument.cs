namespace GraphApi.Server.Hosting;

/// <summary>
/// The document Banana Cake Pop opens on a browser's first visit: README's first journalist question, ready to run.
/// A test holds it to README, so the two stay the same.
/// </summary>
public static class WelcomeDocument
{
    public const string Header = """
        # Welcome to GraphApi. Press Run (Ctrl+Alt+Enter) to ask: who is Habboub, and what did he say?
        # Every answer leads to the verbatim quote, its UTF-16 offsets and its source. More questions: README.md.

        """;

    /// <summary>README's query, as README prints it.</summary>
    public const string Query = """
        {
          search(text: "Habboub", kinds: [PERSON], first: 1) {
            entity {
              id name nameAr aliases description
              ... on Person { roles { title institution { name } } }
              said: claims(role: SPEAKER) {
                nodes {
                  text textAr
                  attribution { kind text en affiliation { name } }
                  modality
                  date dateAsWritten { text en }
                  evidence { quote en start end verified source { citation } }
                }
              }
            }
          }
        }
        """;

    public const string Text = Header + Query;
}
