namespace GraphApi.Schema.Types;

/// <summary>The direction of a list order; the store only orders ascending, so descending is applied by reversal.</summary>
internal enum OrderDirection
{
    Ascending,
    Descending,
}
