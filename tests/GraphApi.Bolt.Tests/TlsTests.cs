using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GraphApi.Bolt.Tests.Stub;

namespace GraphApi.Bolt.Tests;

/// <summary>URI schemes: bolt+ssc and neo4j+ssc accept a self-signed certificate, bolt+s validates it.</summary>
public class TlsTests
{
    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }

    [Fact]
    public async Task Self_signed_certificates_are_accepted_with_bolt_ssc()
    {
        using var certificate = SelfSigned();
        await using var server = StubServer.StartTls(certificate, Conversation.Open("5.4") + Conversation.Close("5.4"));
        var driver = BoltDriver.Create(server.UriWithScheme("bolt+ssc"), AuthTokens.Basic(Conversation.User, Conversation.Password));

        var info = await driver.GetServerInfoAsync();
        await driver.DisposeAsync();

        Assert.Equal(BoltVersion.V5_4, info.ProtocolVersion);
        await server.DoneAsync();
    }

    [Fact]
    public async Task Neo4j_ssc_routes_over_tls_to_a_one_member_cluster()
    {
        using var certificate = SelfSigned();
        await using var server = StubServer.StartTls(certificate);
        server.Play(Conversation.Open("5.4", routing: true)
            + Conversation.Route(server.Port, [server.Port], [server.Port], resolvedAs: "neo4j")
            + "C: RESET\nS: SUCCESS {}\n"
            + Conversation.Close("5.4"));
        var driver = BoltDriver.Create(server.UriWithScheme("neo4j+ssc"), AuthTokens.Basic(Conversation.User, Conversation.Password));

        var info = await driver.GetServerInfoAsync();
        await driver.DisposeAsync();

        Assert.Equal(BoltVersion.V5_4, info.ProtocolVersion);
        Assert.Equal($"127.0.0.1:{server.Port}", info.Address);
        await server.DoneAsync();
    }

    [Fact]
    public async Task Bolt_s_rejects_an_untrusted_certificate()
    {
        using var certificate = SelfSigned();
        await using var server = StubServer.StartTls(certificate, "!: BOLT 5.4");
        var driver = BoltDriver.Create(server.UriWithScheme("bolt+s"), AuthTokens.None);

        var error = await Assert.ThrowsAsync<EncryptionException>(() => driver.VerifyConnectivityAsync());
        await driver.DisposeAsync();

        Assert.Contains("bolt+ssc", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Bolt_s_accepts_a_certificate_the_caller_trusts()
    {
        using var certificate = SelfSigned();
        await using var server = StubServer.StartTls(certificate, Conversation.Open("5.8") + Conversation.Close("5.8"));
        var driver = BoltDriver.Create(
            server.UriWithScheme("bolt+s"),
            AuthTokens.Basic(Conversation.User, Conversation.Password),
            new DriverOptions { ServerCertificateValidation = (_, cert, _, _) => cert?.GetCertHashString() == certificate.GetCertHashString() });

        await driver.VerifyConnectivityAsync();
        await driver.DisposeAsync();
        await server.DoneAsync();
    }
}
