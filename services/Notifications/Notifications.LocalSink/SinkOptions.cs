namespace CareServices.Notifications.LocalSink;

/// <summary>Configuration section <c>Sink</c>: where captured messages are written and the SMTP port to listen on.</summary>
public sealed class SinkOptions
{
    public const string SectionName = "Sink";

    /// <summary>Messages go to <c>&lt;DataDirectory&gt;/mail/&lt;id&gt;.eml</c> and <c>&lt;DataDirectory&gt;/sms/&lt;id&gt;.json</c>.</summary>
    public string DataDirectory { get; set; } = ".data";

    public int SmtpPort { get; set; } = 2525;

    /// <summary>The key an SMS client must send as a bearer token; empty accepts any caller (local runs only).</summary>
    public string SmsKey { get; set; } = "";

    public string MailDirectory => Path.Combine(DataDirectory, "mail");

    public string SmsDirectory => Path.Combine(DataDirectory, "sms");
}
