using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Mensenhandel.Web.Tests.Melden;

/// <summary>
/// A minimal SMTP server on loopback, enough for MailKit: EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
/// While <see cref="Failing"/> it answers every connection with 421 (service not available), as a mail
/// server that is down for maintenance does. Accepted mails are kept as raw text.
/// </summary>
public sealed class TinySmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _messages = [];
    private readonly Task _accepting;
    private int _connections;
    private int _open;
    private readonly List<TcpClient> _clients = [];

    public TinySmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    private volatile bool _failing;

    public bool Failing
    {
        get => _failing;
        set => _failing = value;
    }
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Connections not yet closed by the client or the server.</summary>
    public int OpenConnections => Volatile.Read(ref _open);

    public IReadOnlyList<string> Messages
    {
        get { lock (_messages) return [.. _messages]; }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            Interlocked.Increment(ref _connections);
            Interlocked.Increment(ref _open);
            lock (_clients) _clients.Add(client);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            if (_failing)
            {
                await writer.WriteLineAsync("421 4.3.2 Service not available, closing transmission channel");
                return;
            }
            await writer.WriteLineAsync("220 localhost ESMTP test");
            while (await reader.ReadLineAsync() is { } line)
            {
                var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (command)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "HELO":
                    case "MAIL":
                    case "RCPT":
                    case "RSET":
                    case "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                            data.AppendLine(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine);
                        lock (_messages) _messages.Add(data.ToString());
                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented");
                        break;
                }
            }
        }
        catch (IOException)
        {
            // The client went away.
        }
        catch (ObjectDisposedException)
        {
            // The server dropped the connection (DropAll).
        }
        finally
        {
            Interlocked.Decrement(ref _open);
            lock (_clients) _clients.Remove(client);
        }
    }

    /// <summary>Closes every open connection from the server's side, as a restarting mail server does.</summary>
    public void DropAll()
    {
        lock (_clients)
        {
            foreach (var client in _clients) client.Close();
            _clients.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
