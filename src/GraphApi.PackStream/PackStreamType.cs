namespace GraphApi.PackStream;

/// <summary>The kind of value a marker announces, as listed in the PackStream specification's type table.</summary>
public enum PackStreamType
{
    Null,
    Boolean,
    Integer,
    Float,
    Bytes,
    String,
    List,
    Map,
    Struct,
}
