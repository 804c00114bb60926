using System.Net;
using System.Net.Http.Headers;
using CareServices.ServiceDefaults.Auth;

namespace CareServices.Scheduling.Api.KeyCodes;

/// <summary>
/// Reads a recipient's key code from Assessment's internal endpoint with Scheduling's own client credential (the only
/// token Assessment accepts there), naming the municipality and the staff member the read is for, which Assessment
/// journals. Callers check first that the visit is that staff member's and today's. The code stays in memory for the
/// request only; nothing here logs it.
/// </summary>
public sealed partial class AssessmentKeyCodes(HttpClient http, AuthorityClient authority, ILogger<AssessmentKeyCodes> logger)
{
    public const string AssessmentUrlSetting = "Scheduling:KeyCodes:AssessmentUrl";

    public async Task<KeyCodeLookup> GetAsync(string municipalityId, Guid recipientId, Guid staffId, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get,
                $"internal/assessment/recipients/{recipientId}/key-arrangement?municipality={Uri.EscapeDataString(municipalityId)}&staffId={staffId}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await authority.GetServiceTokenAsync(cancellationToken));
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return KeyCodeLookup.NoneOnRecord;
            }
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, recipientId, (int)response.StatusCode);
                return KeyCodeLookup.NotAvailable;
            }
            var key = await response.Content.ReadFromJsonAsync<KeyCode>(cancellationToken);
            return key is null || key.Kind == "none" ? KeyCodeLookup.NoneOnRecord : new KeyCodeLookup(key, false);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or System.Text.Json.JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The exception names the failure (connection, token endpoint, timeout), never a code: none was received.
            LogUnavailable(logger, recipientId, e.GetType().Name, e.Message);
            return KeyCodeLookup.NotAvailable;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assessment refused the key code of recipient {RecipientId} with {Status}")]
    private static partial void LogRefused(ILogger logger, Guid recipientId, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The key code of recipient {RecipientId} could not be fetched: {Failure} {Reason}")]
    private static partial void LogUnavailable(ILogger logger, Guid recipientId, string failure, string reason);
}
