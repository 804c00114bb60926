using System.Collections.Concurrent;
using CareServices.Notifications.Domain.Delivery;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>
/// E-mail over SMTP with MailKit. Connections are kept and reused (a new SMTP session per message would cap the
/// throughput at the handshake rate); one that fails is thrown away.
/// </summary>
public sealed class EmailSender(SmtpEndpoint endpoint, IOptions<DeliveryOptions> options) : IChannelSender, IAsyncDisposable
{
    private readonly ConcurrentBag<SmtpClient> _idle = [];

    public Channel Channel => Channel.Email;

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var mail = new MimeMessage
        {
            MessageId = $"{message.Id}@careservices.local",
            Subject = message.Content.Subject,
            Body = new TextPart("plain") { Text = message.Content.Body },
        };
        mail.From.Add(MailboxAddress.Parse(options.Value.EmailFrom));
        mail.To.Add(MailboxAddress.Parse(message.Address ?? throw new InvalidOperationException("An e-mail needs an address.")));

        var client = _idle.TryTake(out var idle) && idle.IsConnected ? idle : await ConnectAsync(cancellationToken);
        try
        {
            await client.SendAsync(mail, cancellationToken);
        }
        catch
        {
            client.Dispose();
            throw;
        }
        _idle.Add(client);
    }

    private async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var client = new SmtpClient { Timeout = 10_000 };
        try
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port, SecureSocketOptions.Auto, cancellationToken);
            if (endpoint.Username is not null)
            {
                await client.AuthenticateAsync(endpoint.Username, endpoint.Password ?? "", cancellationToken);
            }
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var client))
        {
            if (client.IsConnected)
            {
                await client.DisconnectAsync(quit: true);
            }
            client.Dispose();
        }
    }
}
