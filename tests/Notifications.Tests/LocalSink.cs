using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CareServices.Notifications.LocalSink;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using MimeKit;

namespace CareServices.Notifications.Tests;

/// <summary>The real local mail and SMS sink, started on free loopback ports with its own data folder.</summary>
public sealed class LocalSink : IAsyncDisposable
{
    private WebApplication? _app;

    private LocalSink(int smtpPort, string dataDirectory)
    {
        SmtpPort = smtpPort;
        DataDirectory = dataDirectory;
    }

    public int SmtpPort { get; }
    public string DataDirectory { get; }
    public string SmtpConnectionString => $"smtp://127.0.0.1:{SmtpPort}";
    public Uri HttpAddress { get; private set; } = null!;
    public string SmsConnectionString => $"Endpoint={new Uri(HttpAddress, "/sms")};Key=test-sms-key";

    /// <summary>A sink on a free SMTP port; <paramref name="start"/> false leaves the port closed (the relay is down).</summary>
    public static async Task<LocalSink> CreateAsync(bool start = true)
    {
        var sink = new LocalSink(FreePort(), Directory.CreateTempSubdirectory("careservices-sink-").FullName);
        if (start)
        {
            await sink.StartAsync();
        }
        return sink;
    }

    public async Task StartAsync()
    {
        _app = LocalSinkHost.Create([], builder =>
        {
            builder.Configuration["Sink:SmtpPort"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            builder.Configuration["Sink:DataDirectory"] = DataDirectory;
            builder.Configuration["Sink:SmsKey"] = "test-sms-key";
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        });
        await _app.StartAsync();
        HttpAddress = new Uri(_app.Urls.First());
        await WaitForSmtpAsync();
    }

    public IReadOnlyList<MimeMessage> Mail()
    {
        var directory = Path.Combine(DataDirectory, "mail");
        return Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.eml").Select(f => MimeMessage.Load(f)).ToList()
            : [];
    }

    public IReadOnlyList<MimeMessage> MailTo(string address) =>
        Mail().Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList();

    public IReadOnlyList<CapturedSms> Sms()
    {
        var directory = Path.Combine(DataDirectory, "sms");
        return Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.json").Select(f => JsonSerializer.Deserialize<CapturedSms>(File.ReadAllBytes(f), JsonSerializerOptions.Web)!).ToList()
            : [];
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Directory.Delete(DataDirectory, recursive: true);
    }

    private async Task WaitForSmtpAsync()
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new InvalidOperationException($"The sink's SMTP server did not listen on {SmtpPort}.");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
