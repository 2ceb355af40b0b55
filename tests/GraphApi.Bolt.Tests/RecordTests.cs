namespace GraphApi.Bolt.Tests;

public class RecordTests
{
    private static Record Make(params (string Key, object? Value)[] pairs)
    {
        var keys = pairs.Select(p => p.Key).ToList();
        var index = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        return new Record(keys, index, pairs.Select(p => p.Value).ToList());
    }

    [Fact]
    public void Values_are_read_by_key_or_index_with_typed_conversion()
    {
        var record = Make(("n", 42L), ("name", "Ada"), ("none", null), ("f", 1.5));
        Assert.Equal(42, record.Get<int>("n"));
        Assert.Equal(42L, record.Get<long>(0));
        Assert.Equal("Ada", record["name"]);
        Assert.Null(record.Get<string>("none"));
        Assert.Null(record.Get<int?>("none"));
        Assert.Equal(1.5, record.Get<double>("f"));
    }

    [Fact]
    public void Misuse_names_the_key()
    {
        var record = Make(("n", 3_000_000_000L), ("none", null));
        Assert.Contains("does not fit", Assert.Throws<InvalidCastException>(() => record.Get<int>("n")).Message, StringComparison.Ordinal);
        Assert.Contains("'none' is null", Assert.Throws<InvalidCastException>(() => record.Get<int>("none")).Message, StringComparison.Ordinal);
        Assert.Contains("keys are: n, none", Assert.Throws<KeyNotFoundException>(() => record["missing"]).Message, StringComparison.Ordinal);
    }
}
