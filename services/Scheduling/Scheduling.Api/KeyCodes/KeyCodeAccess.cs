using System.Security.Claims;
using CareServices.Scheduling.Api.Api;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Api.WorkLists;

namespace CareServices.Scheduling.Api.KeyCodes;

/// <summary>
/// Who sees key codes: the staff member a visit is published to, on their own work list, on the visit's day only
/// (today in the municipality's time zone). Planners and leaders read anyone's work list, but without codes.
/// </summary>
public sealed class KeyCodeAccess(AssessmentKeyCodes keyCodes, SchedulingClock clock)
{
    public bool MayRead(ClaimsPrincipal user, Guid staffId, DateOnly date) => user.StaffId() == staffId && date == clock.Today;

    public Task<KeyCodeLookup> GetAsync(string municipalityId, Guid recipientId, Guid staffId, CancellationToken cancellationToken) =>
        keyCodes.GetAsync(municipalityId, recipientId, staffId, cancellationToken);

    /// <summary>The list with each visit's key code, one read per recipient, asked in parallel.</summary>
    public async Task<WorkList> AddToAsync(string municipalityId, WorkList list, CancellationToken cancellationToken)
    {
        var lookups = await Task.WhenAll(list.Visits.Select(v => v.RecipientId).Distinct().Select(async recipient =>
            (recipient, lookup: await keyCodes.GetAsync(municipalityId, recipient, list.StaffId, cancellationToken))));
        var byRecipient = lookups.ToDictionary(l => l.recipient, l => l.lookup);
        return list with
        {
            Visits = [.. list.Visits.Select(v => v with { Key = byRecipient[v.RecipientId].Key, KeyUnavailable = byRecipient[v.RecipientId].Unavailable })],
        };
    }
}
