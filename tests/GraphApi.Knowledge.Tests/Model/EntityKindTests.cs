using GraphApi.Knowledge.Model;

namespace GraphApi.Knowledge.Tests.Model;

public sealed class EntityKindTests
{
    public static TheoryData<EntityKind> Kinds() => [.. Enum.GetValues<EntityKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_entity_kind_is_the_node_kind_of_the_same_name(EntityKind kind) =>
        Assert.Equal(kind.ToString(), kind.ToNodeKind().ToString());

    [Fact]
    public void An_unknown_entity_kind_is_refused_not_mapped_to_a_real_one()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ((EntityKind)99).ToNodeKind());
        Assert.Equal("kind", error.ParamName);
    }
}
