namespace CareServices.Notifications.Api.Templates;

/// <summary>A template filled in: the subject (e-mail, feed title) and the plain-text body.</summary>
public sealed record RenderedMessage(string Subject, string Body);
