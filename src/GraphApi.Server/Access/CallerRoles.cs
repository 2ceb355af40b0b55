using System.Security.Claims;
using GraphApi.Knowledge.Stores;

namespace GraphApi.Server.Access;

/// <summary>
/// The roles a token may carry in its <c>roles</c> claim (a string or an array), and what each lets a caller do.
/// <c>reader</c> reads internal and embargoed sources; <c>editor</c> also re-imports the corpus. A caller with neither,
/// anonymous or not, reads public sources only.
/// </summary>
public static class CallerRoles
{
    public const string ClaimType = "roles";
    public const string Reader = "reader";
    public const string Editor = "editor";

    public static bool IsAuthenticated(ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true;

    public static bool IsEditor(ClaimsPrincipal? user) => IsAuthenticated(user) && user!.HasClaim(ClaimType, Editor);

    public static bool ReadsInternal(ClaimsPrincipal? user) => IsAuthenticated(user) && (user!.HasClaim(ClaimType, Reader) || user.HasClaim(ClaimType, Editor));

    /// <summary>The scope of one request: everything for readers and editors, else public sources as of the clock's now.</summary>
    public static ReadScope ScopeFor(ClaimsPrincipal? user, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return ReadsInternal(user) ? ReadScope.Everything : ReadScope.PublicAt(clock.GetUtcNow());
    }

    /// <summary>
    /// The caller's class for shared caches (persisted queries, ETags): null for anonymous callers, who share one; a
    /// name per set of rights for authenticated callers, whose answers are private.
    /// </summary>
    public static string? CachePartition(ClaimsPrincipal? user) =>
        !IsAuthenticated(user) ? null : ReadsInternal(user) ? "internal" : "public-authenticated";
}
