using System.Buffers;
using Microsoft.Extensions.Options;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CareServices.Notifications.LocalSink;

/// <summary>Keeps every message the SMTP server accepts as <c>mail/&lt;id&gt;.eml</c>, named after its Message-ID when that is a GUID.</summary>
public sealed partial class MailStore(IOptions<SinkOptions> options, ILogger<MailStore> logger) : MessageStore
{
    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var content = buffer.ToArray();
        using var stream = new MemoryStream(content, writable: false);
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        var id = CapturedFiles.IdFrom(message.MessageId);
        await CapturedFiles.WriteAsync(options.Value.MailDirectory, $"{id}.eml", content, cancellationToken);
        LogStored(logger, id);
        return SmtpResponse.Ok;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {Id} stored")]
    private static partial void LogStored(ILogger logger, Guid id);
}
