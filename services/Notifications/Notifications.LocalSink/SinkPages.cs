using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CareServices.Notifications.LocalSink;

/// <summary>A page listing what was captured, newest first, and each message in full.</summary>
public static class SinkPages
{
    private const int Shown = 200;

    public static IEndpointRouteBuilder MapSinkPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", ListAsync).WithName("SinkIndex");
        app.MapGet("/mail/{id:guid}", (Guid id, IOptions<SinkOptions> options) => Show(options.Value.MailDirectory, $"{id}.eml", "message/rfc822"));
        app.MapGet("/sms/{id:guid}", (Guid id, IOptions<SinkOptions> options) => Show(options.Value.SmsDirectory, $"{id}.json", "application/json"));
        return app;
    }

    private static IResult Show(string directory, string name, string contentType)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? TypedResults.File(File.ReadAllBytes(path), contentType == "message/rfc822" ? "text/plain; charset=utf-8" : contentType) : TypedResults.NotFound();
    }

    private static async Task<IResult> ListAsync(IOptions<SinkOptions> options, CancellationToken cancellationToken)
    {
        var html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>Local mail and SMS sink</title>")
            .Append("<style>body{font-family:sans-serif;margin:2em}td,th{padding:.2em .8em;text-align:left}</style></head><body>")
            .Append("<h1>Mail</h1><table><tr><th>received</th><th>to</th><th>subject</th></tr>");
        foreach (var file in Newest(options.Value.MailDirectory, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file.FullName, cancellationToken);
            var id = Path.GetFileNameWithoutExtension(file.Name);
            html.Append($"<tr><td>{file.LastWriteTimeUtc:u}</td><td>{Encode(message.To.ToString())}</td>")
                .Append($"<td><a href=\"/mail/{id}\">{Encode(message.Subject)}</a></td></tr>");
        }
        html.Append("</table><h1>SMS</h1><table><tr><th>received</th><th>to</th><th>text</th></tr>");
        foreach (var file in Newest(options.Value.SmsDirectory, "*.json"))
        {
            var sms = JsonSerializer.Deserialize<CapturedSms>(await File.ReadAllBytesAsync(file.FullName, cancellationToken), JsonSerializerOptions.Web)!;
            html.Append($"<tr><td>{file.LastWriteTimeUtc:u}</td><td>{Encode(sms.To)}</td><td>{Encode(sms.Text)}</td></tr>");
        }
        html.Append("</table></body></html>");
        return TypedResults.Content(html.ToString(), "text/html; charset=utf-8");
    }

    private static IEnumerable<FileInfo> Newest(string directory, string pattern) =>
        Directory.Exists(directory)
            ? new DirectoryInfo(directory).EnumerateFiles(pattern).OrderByDescending(f => f.LastWriteTimeUtc).Take(Shown)
            : [];

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
