namespace GraphApi.Knowledge.Model;

/// <summary>The kinds of entity a curated corpus may name (docs/knowledge-format.md, entities.yaml).</summary>
public enum EntityKind
{
    Person,
    Institution,
    Event,
    Place,
    Program,

    /// <summary>A report or other document the articles cite (the US Country Reports on Terrorism 2021, "UN reports").</summary>
    Document,
}
