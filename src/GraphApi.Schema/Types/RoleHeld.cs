using GraphApi.Knowledge.Model;

namespace GraphApi.Schema.Types;

/// <summary>A title a person holds at an entity, with the holds-role claims that give it.</summary>
internal sealed record RoleHeld(string? Title, string? TitleAr, string? InstitutionId, string? PeriodFrom, string? PeriodTo, IReadOnlyList<Claim> Claims);
