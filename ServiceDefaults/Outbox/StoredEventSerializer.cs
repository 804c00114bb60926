using System.Net.Mime;
using System.Text.Json;
using MassTransit;

namespace CareServices.ServiceDefaults.Outbox;

/// <summary>
/// Writes MassTransit's JSON envelope around an outbox row's stored payload, byte for byte: the consumer's
/// deserializer reads it as if MassTransit had serialized the contract itself, fields this release does not know
/// included. Nothing is deserialized on the way, so the dispatcher needs no CLR type for the contract.
/// </summary>
internal sealed class StoredEventSerializer(string messageType, string payload) : IMessageSerializer
{
    public static readonly ContentType EnvelopeContentType = new("application/vnd.masstransit+json");

    public ContentType ContentType => EnvelopeContentType;

    public MessageBody GetMessageBody<T>(SendContext<T> context)
        where T : class
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(payload.Length + 512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteGuid(json, "messageId", context.MessageId);
            WriteGuid(json, "correlationId", context.CorrelationId);
            WriteGuid(json, "conversationId", context.ConversationId);
            WriteGuid(json, "initiatorId", context.InitiatorId);
            WriteUri(json, "sourceAddress", context.SourceAddress);
            WriteUri(json, "destinationAddress", context.DestinationAddress);
            json.WriteStartArray("messageType");
            json.WriteStringValue(messageType);
            json.WriteEndArray();
            json.WritePropertyName("message");
            json.WriteRawValue(payload, skipInputValidation: true);
            json.WriteString("sentTime", context.SentTime ?? DateTime.UtcNow);
            json.WriteStartObject("headers");
            foreach (var (name, value) in context.Headers.GetAll())
            {
                WriteHeader(json, name, value);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return new BytesMessageBody(buffer.WrittenSpan.ToArray());
    }

    private static void WriteGuid(Utf8JsonWriter json, string name, Guid? value)
    {
        if (value is { } id)
        {
            json.WriteString(name, id);
        }
    }

    private static void WriteUri(Utf8JsonWriter json, string name, Uri? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value.ToString());
        }
    }

    private static void WriteHeader(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case string text:
                json.WriteString(name, text);
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            case int number:
                json.WriteNumber(name, number);
                break;
            case long number:
                json.WriteNumber(name, number);
                break;
            case Guid id:
                json.WriteString(name, id);
                break;
            case DateTime time:
                json.WriteString(name, time);
                break;
            case DateTimeOffset time:
                json.WriteString(name, time);
                break;
            default:
                json.WriteString(name, value.ToString());
                break;
        }
    }
}
