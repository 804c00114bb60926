using System.Text.Json;
using Microsoft.Extensions.Options;

namespace CareServices.Notifications.LocalSink;

/// <summary>Keeps every captured SMS as <c>sms/&lt;id&gt;.json</c>.</summary>
public sealed class SmsStore(IOptions<SinkOptions> options)
{
    public async Task<Guid> SaveAsync(CapturedSms sms, CancellationToken cancellationToken)
    {
        var id = CapturedFiles.IdFrom(sms.Reference);
        var content = JsonSerializer.SerializeToUtf8Bytes(sms with { ReceivedAt = DateTimeOffset.UtcNow }, JsonSerializerOptions.Web);
        await CapturedFiles.WriteAsync(options.Value.SmsDirectory, $"{id}.json", content, cancellationToken);
        return id;
    }
}
