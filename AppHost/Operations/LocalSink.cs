namespace CareServices.AppHost.Operations;

/// <summary>
/// A run's stand-in for the municipality's mail relay and SMS provider (services/Notifications/Notifications.LocalSink):
/// Notifications sends to it as it would to the real ones, and every message is kept as a file under
/// <c>&lt;data&gt;/sink</c> and listed on the sink's page. Published manifests name the real relay and provider instead.
/// </summary>
public static class LocalSink
{
    public static IResourceBuilder<ProjectResource> WithLocalSink(
        this IResourceBuilder<ProjectResource> notifications, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var builder = notifications.ApplicationBuilder;
        if (!builder.ExecutionContext.IsRunMode)
        {
            return notifications;
        }

        var sink = builder.AddProject<Projects.Notifications_LocalSink>("sink")
            .WithEndpoint("http", endpoint => endpoint.Port = null)
            // Not proxied: the sink itself listens on the port Aspire picks, given to it as Sink__SmtpPort.
            .WithEndpoint(name: "smtp", scheme: "tcp", env: "Sink__SmtpPort", isProxied: false)
            .WithEnvironment("Sink__DataDirectory", Path.Combine(dataDirectory, "sink"))
            .WithHttpHealthCheck("/health");
        var smtp = sink.GetEndpoint("smtp");
        var http = sink.GetEndpoint("http");
        return notifications
            .WithEnvironment("ConnectionStrings__smtp", ReferenceExpression.Create($"smtp://{smtp.Property(EndpointProperty.Host)}:{smtp.Property(EndpointProperty.Port)}"))
            .WithEnvironment("ConnectionStrings__sms", ReferenceExpression.Create($"Endpoint={http}/sms;Key="))
            .WaitFor(sink);
    }
}
