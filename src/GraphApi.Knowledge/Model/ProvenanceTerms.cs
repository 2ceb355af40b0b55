namespace GraphApi.Knowledge.Model;

/// <summary>The W3C PROV-O relation names (https://www.w3.org/TR/prov-o/) used as edge types in exports.</summary>
public static class ProvenanceTerms
{
    public const string WasAttributedTo = "wasAttributedTo";
    public const string WasDerivedFrom = "wasDerivedFrom";
    public const string WasGeneratedBy = "wasGeneratedBy";
}
