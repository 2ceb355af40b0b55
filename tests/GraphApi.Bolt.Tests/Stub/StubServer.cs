using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using GraphApi.PackStream;

namespace GraphApi.Bolt.Tests.Stub;

/// <summary>
/// A scripted Bolt server on loopback. Each accepted connection plays the next script; every deviation from
/// the script (a wrong message, wrong fields, an extra connection, anything sent after the script ended) is
/// recorded and reported by <see cref="DoneAsync"/>.
/// </summary>
internal sealed class StubServer : IAsyncDisposable
{
    /// <summary>How long a finished script waits for the client to close; only a leaked connection reaches it.</summary>
    private static readonly TimeSpan EndOfScriptWait = TimeSpan.FromSeconds(30);

    private readonly TcpListener _listener;
    private StubScript[] _scripts = [];
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly List<Task> _conversations = [];
    private readonly Task _acceptLoop;
    private readonly CancellationTokenSource _stop = new();

    private readonly X509Certificate2? _certificate;
    private readonly Queue<int> _requeued = new();
    private int _nextScript;

    private StubServer(X509Certificate2? certificate = null)
    {
        _certificate = certificate;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _acceptLoop = AcceptAsync();
    }

    public Uri Uri => new($"bolt://127.0.0.1:{Port}");

    public Uri UriWithScheme(string scheme) => new($"{scheme}://127.0.0.1:{Port}");

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The 16 proposal bytes of each handshake received, in order.</summary>
    public ConcurrentQueue<byte[]> HandshakeProposals { get; } = new();

    public int ConnectionsAccepted { get; private set; }

    /// <summary>Connections answered "no common version" because the client did not propose the script's version.</summary>
    public int HandshakesRefused { get; private set; }

    public static StubServer Start(params string[] scripts) => Listen().Play(scripts);

    /// <summary>A stub that speaks TLS with <paramref name="certificate"/> before the Bolt handshake.</summary>
    public static StubServer StartTls(X509Certificate2 certificate, params string[] scripts) => new StubServer(certificate).Play(scripts);

    /// <summary>A stub listening on its port with no script yet, so that scripts of several servers can name each other's ports.</summary>
    public static StubServer Listen() => new();

    /// <summary>Sets the conversations, one per connection in order; call it before the client connects.</summary>
    public StubServer Play(params string[] scripts)
    {
        _scripts = scripts.Select(StubScript.Parse).ToArray();
        return this;
    }

    /// <summary>Waits until the conversation of the <paramref name="index"/>th connection (from 0) has ended and its socket is closed.</summary>
    public async Task ConversationEndedAsync(int index)
    {
        while (true)
        {
            Task? conversation = null;
            lock (_conversations)
            {
                if (_conversations.Count > index)
                {
                    conversation = _conversations[index];
                }
            }

            if (conversation is not null)
            {
                await conversation;
                return;
            }

            await Task.Delay(10);
        }
    }

    /// <summary>Waits until every script has finished and fails the test with every deviation seen.</summary>
    public async Task DoneAsync()
    {
        Task[] conversations;
        lock (_conversations)
        {
            conversations = [.. _conversations];
        }

        var all = Task.WhenAll(conversations);
        if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(60))) != all)
        {
            _errors.Enqueue("The stub scripts did not finish within 60 s.");
        }

        if (ConnectionsAccepted < _scripts.Length)
        {
            _errors.Enqueue($"Only {ConnectionsAccepted} of {_scripts.Length} scripted connections were made.");
        }

        if (!_errors.IsEmpty)
        {
            Assert.Fail("Stub server deviations:\n" + string.Join("\n", _errors));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (Exception)
        {
            // The listener was stopped on purpose.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }

            int index;
            lock (_requeued)
            {
                index = _requeued.Count > 0 ? _requeued.Dequeue() : _nextScript++;
                ConnectionsAccepted++;
            }

            if (index >= _scripts.Length)
            {
                _errors.Enqueue($"Unexpected connection #{index + 1}: only {_scripts.Length} were scripted.");
                socket.Dispose();
                continue;
            }

            lock (_conversations)
            {
                _conversations.Add(Task.Run(() => PlayAsync(index, socket, _scripts[index])));
            }
        }
    }

    private async Task PlayAsync(int index, Socket socket, StubScript script)
    {
        using var owned = socket;
        Stream stream = new NetworkStream(socket, ownsSocket: false);
        var version = new BoltVersion(5, 0);
        var prefix = $"connection #{index + 1}";
        try
        {
            if (_certificate is not null)
            {
                var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
                await ssl.AuthenticateAsServerAsync(_certificate);
                stream = ssl;
            }

            foreach (var line in script.Lines)
            {
                switch (line.Direction)
                {
                    case '!' when line.Name == "BOLT":
                        var proposals = await ReadHandshakeAsync(stream);
                        var parts = ((string)line.Fields[0]!).Split('.');
                        version = new BoltVersion(int.Parse(parts[0]), parts.Length > 1 ? int.Parse(parts[1]) : 0);
                        if (!Accepts(version, proposals))
                        {
                            // Like a real server: "none of these", and the connection is closed. The script waits for the next one.
                            lock (_requeued)
                            {
                                _requeued.Enqueue(index);
                                ConnectionsAccepted--;
                                HandshakesRefused++;
                            }

                            await stream.WriteAsync(new byte[4]);
                            return;
                        }

                        await stream.WriteAsync(new byte[] { 0, 0, (byte)version.Minor, (byte)version.Major });
                        break;
                    case '!' when line.Name == "HANDSHAKE_RAW":
                        await ReadHandshakeAsync(stream);
                        await stream.WriteAsync(Convert.FromHexString((string)line.Fields[0]!));
                        break;
                    case '!' when line.Name == "EXIT":
                        return;
                    case 'C':
                        var (name, fields) = await ReadMessageAsync(stream, version);
                        if (name is null)
                        {
                            _errors.Enqueue($"{prefix}, line {line.Number}: the client closed the connection; expected {line.Text}");
                            return;
                        }

                        if (CheckMessage(line, name, fields) is { } reason)
                        {
                            _errors.Enqueue($"{prefix}, line {line.Number}: {reason}\n  expected {line.Text}\n  received {name} {string.Join(" ", fields.Select(Describe))}");
                            return;
                        }

                        break;
                    case 'S':
                        await WriteMessageAsync(stream, line);
                        break;
                    default:
                        throw new FormatException($"Unknown stub directive on line {line.Number}: {line.Text}");
                }
            }

            using var wait = new CancellationTokenSource(EndOfScriptWait);
            var (extra, _) = await ReadMessageAsync(stream, version, wait.Token);
            if (extra is not null)
            {
                _errors.Enqueue($"{prefix}: the client sent {extra} after the end of the script.");
            }
        }
        catch (OperationCanceledException)
        {
            _errors.Enqueue($"{prefix}: the client kept the connection open after the script ended (dispose the driver first).");
        }
        catch (Exception ex) when (ex is IOException or SocketException or EndOfStreamException or AuthenticationException)
        {
            _errors.Enqueue($"{prefix}: I/O error: {ex.Message}");
        }
        finally
        {
            await stream.DisposeAsync();
        }
    }

    /// <summary>
    /// Whether a server of <paramref name="version"/> finds itself among the proposals, read as such a server reads
    /// them: ranges from 4.3, exact minor versions on 4.0-4.2, and only the major version before 4.
    /// </summary>
    private static bool Accepts(BoltVersion version, byte[] proposals)
    {
        for (var i = 0; i < 16; i += 4)
        {
            int range = proposals[i + 1], minor = proposals[i + 2], major = proposals[i + 3];
            if (major != version.Major)
            {
                continue;
            }

            if (major < 4
                || (major == 4 && version.Minor < 3 ? minor == version.Minor : version.Minor <= minor && version.Minor >= minor - range))
            {
                return true;
            }
        }

        return false;
    }

    private async Task<byte[]> ReadHandshakeAsync(Stream stream)
    {
        var handshake = new byte[20];
        await stream.ReadExactlyAsync(handshake);
        if (!handshake.AsSpan(0, 4).SequenceEqual(new byte[] { 0x60, 0x60, 0xB0, 0x17 }))
        {
            throw new IOException($"The handshake did not start with the Bolt magic: {Convert.ToHexString(handshake)}");
        }

        HandshakeProposals.Enqueue(handshake[4..]);
        return handshake[4..];
    }

    private static string? CheckMessage(ScriptLine line, string name, IReadOnlyList<object?> fields)
    {
        if (name != line.Name)
        {
            return $"message {name} does not match";
        }

        if (line.Fields is [StubValue.Wildcard])
        {
            return null;
        }

        if (line.Fields.Count != fields.Count)
        {
            return $"{name} has {fields.Count} fields, expected {line.Fields.Count}";
        }

        for (var i = 0; i < fields.Count; i++)
        {
            if (StubValue.Mismatch(line.Fields[i], fields[i], $"field {i}") is { } reason)
            {
                return reason;
            }
        }

        return null;
    }

    private static async Task<(string? Name, IReadOnlyList<object?> Fields)> ReadMessageAsync(
        Stream stream, BoltVersion version, CancellationToken cancellationToken = default)
    {
        var body = new ArrayBufferWriter<byte>();
        var header = new byte[2];
        while (true)
        {
            var first = await stream.ReadAsync(header.AsMemory(0, 1), cancellationToken);
            if (first == 0)
            {
                return (null, []);
            }

            await stream.ReadExactlyAsync(header.AsMemory(1, 1), cancellationToken);
            var size = BinaryPrimitives.ReadUInt16BigEndian(header);
            if (size == 0)
            {
                if (body.WrittenCount == 0)
                {
                    continue;
                }

                break;
            }

            var chunk = new byte[size];
            await stream.ReadExactlyAsync(chunk, cancellationToken);
            body.Write(chunk);
        }

        var unpacker = new Unpacker(body.WrittenMemory);
        var count = unpacker.ReadStructHeader(out var tag);
        var fields = Enumerable.Range(0, count).Select(_ => unpacker.ReadValue()).ToList();
        return (StubMessageNames.ClientMessage(tag, version), fields);
    }

    private static async Task WriteMessageAsync(Stream stream, ScriptLine line)
    {
        var body = new ArrayBufferWriter<byte>();
        var packer = new Packer(body);
        packer.WriteStructHeader(StubMessageNames.ServerTag(line.Name), line.Fields.Count);
        foreach (var field in line.Fields)
        {
            packer.Write(field);
        }

        var output = new ArrayBufferWriter<byte>();
        var remaining = body.WrittenMemory;
        while (!remaining.IsEmpty)
        {
            var size = Math.Min(remaining.Length, ushort.MaxValue);
            var sizeBytes = new byte[2];
            BinaryPrimitives.WriteUInt16BigEndian(sizeBytes, (ushort)size);
            output.Write(sizeBytes);
            output.Write(remaining.Span[..size]);
            remaining = remaining[size..];
        }

        output.Write(new byte[] { 0, 0 });
        await stream.WriteAsync(output.WrittenMemory);
    }

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => $"\"{p.Key}\": {Describe(p.Value)}")) + "}",
        IReadOnlyList<object?> list => "[" + string.Join(", ", list.Select(Describe)) + "]",
        _ => value.ToString() ?? string.Empty,
    };
}
