namespace GraphApi.Testing.Corpus;

/// <summary>
/// Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent, as word and name frequencies in news
/// text roughly follow: a few entities are everywhere, most are rare.
/// </summary>
public sealed class ZipfDistribution
{
    private readonly double[] cumulative;

    public ZipfDistribution(int count, double exponent)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        cumulative = new double[count];
        var total = 0.0;
        for (var rank = 0; rank < count; rank++)
        {
            total += 1.0 / Math.Pow(rank + 1, exponent);
            cumulative[rank] = total;
        }

        for (var rank = 0; rank < count; rank++)
        {
            cumulative[rank] /= total;
        }
    }

    /// <summary>The share of draws that land on <paramref name="rank"/>.</summary>
    public double Probability(int rank) => cumulative[rank] - (rank == 0 ? 0 : cumulative[rank - 1]);

    public int Sample(Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
