namespace CareServices.Notifications.LocalSink;

/// <summary>Builds the sink's host; tests start it the same way the AppHost does, on ports they choose.</summary>
public static class LocalSinkHost
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddOptions<SinkOptions>().BindConfiguration(SinkOptions.SectionName);
        builder.Services.AddSingleton<MailStore>();
        builder.Services.AddSingleton<SmsStore>();
        builder.Services.AddHostedService<SmtpListener>();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapGet("/alive", () => TypedResults.Ok("alive"));
        app.MapGet("/health", () => TypedResults.Ok("healthy"));
        app.MapSinkPages();
        app.MapSmsCapture();
        return app;
    }
}
