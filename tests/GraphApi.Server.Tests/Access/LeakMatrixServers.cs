namespace GraphApi.Server.Tests.Access;

/// <summary>
/// The servers of the leak matrix: the restricted corpus (<see cref="RestrictedCorpus"/>, one seed article internal)
/// and, for the oracle, the unrestricted seeds.
/// </summary>
public sealed class LeakMatrixServers : LeakServers
{
    private readonly RestrictedCorpus restricted = new();
    private readonly TestCorpus unrestricted = new();

    protected override string RestrictedDirectory => restricted.Directory;

    protected override string UnrestrictedDirectory => unrestricted.Directory;

    protected override async Task<InternalSecrets> SecretsAsync() =>
        InternalSecrets.Of(await RestrictedCorpus.UnrestrictedGraphAsync(), RestrictedCorpus.InternalSourceId);

    protected override void DisposeCorpora()
    {
        restricted.Dispose();
        unrestricted.Dispose();
    }
}
