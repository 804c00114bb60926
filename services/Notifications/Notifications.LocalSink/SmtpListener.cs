using Microsoft.Extensions.Options;
using SmtpServer;

namespace CareServices.Notifications.LocalSink;

/// <summary>A real SMTP server (the SmtpServer library) on loopback that hands every message to <see cref="MailStore"/>.</summary>
public sealed class SmtpListener(IOptions<SinkOptions> options, MailStore store) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var smtp = new SmtpServerOptionsBuilder()
            .ServerName("careservices-sink")
            .Endpoint(endpoint => endpoint.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, options.Value.SmtpPort)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(store);
        return new SmtpServer.SmtpServer(smtp, services).StartAsync(stoppingToken);
    }
}
