using CareServices.Notifications.Api.Templates;
using CareServices.Notifications.Domain.Delivery;

namespace CareServices.Notifications.Api.Delivery;

/// <summary>
/// Turns the notifications going to one person on one channel into the one message that carries them: the
/// template itself for one, a digest of all of them for several; for SMS always the generic text.
/// </summary>
public sealed class MessageComposer(TemplateCatalog templates)
{
    public const string SmsTemplate = "sms";
    public const string DigestTemplate = "digest";

    public OutgoingMessage Compose(IReadOnlyList<Notification> notifications)
    {
        var first = notifications[0];
        var urgent = notifications.Any(n => n.Urgent);
        if (first.Channel == Channel.Sms)
        {
            return new OutgoingMessage(first.Id, first.PersonId, first.Address, urgent, templates.Render(SmsTemplate, first.Language, first.Values));
        }
        if (notifications.Count == 1)
        {
            return new OutgoingMessage(first.Id, first.PersonId, first.Address, urgent, templates.Render(first.Template, first.Language, first.Values));
        }
        var values = new Dictionary<string, string>(first.Values) { ["count"] = notifications.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var digest = templates.Render(DigestTemplate, first.Language, values);
        var parts = notifications.Select(n => templates.Render(n.Template, first.Language, n.Values)).Select(m => $"{m.Subject}\n\n{m.Body}");
        return new OutgoingMessage(first.Id, first.PersonId, first.Address, urgent,
            new RenderedMessage(digest.Subject, digest.Body + "\n\n" + string.Join("\n\n----\n\n", parts)));
    }
}
