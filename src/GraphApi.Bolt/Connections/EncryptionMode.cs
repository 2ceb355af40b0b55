namespace GraphApi.Bolt.Connections;

/// <summary>What the URI scheme asks of TLS: "+s" validates certificates, "+ssc" accepts self-signed ones.</summary>
internal enum EncryptionMode
{
    None,
    Validated,
    TrustAnyCertificate,
}
