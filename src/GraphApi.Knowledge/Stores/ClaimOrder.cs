namespace GraphApi.Knowledge.Stores;

/// <summary>Orders of claim lists; every order ends with the id (ordinal) as tie-breaker.</summary>
public enum ClaimOrder
{
    /// <summary>By id, ordinal.</summary>
    Id,

    /// <summary>By effective date (claim <c>date</c>, else source <c>published</c>) ascending, undated last; then id.</summary>
    Date,

    /// <summary>By source id, then id.</summary>
    Source,
}
