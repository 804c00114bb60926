using CareServices.Documentation.Api.Persistence;
using CareServices.Documentation.Api.Security;
using CareServices.Documentation.Domain.Access;
using CareServices.Documentation.Domain.Visits;
using CareServices.ServiceDefaults.Auth;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Api.Access;

/// <summary>
/// The one way to a recipient's confidential record: checks the caller's care relation (or emergency access) at
/// this moment and, for a read, commits the access-log entry before any data is returned. The tenant boundary is
/// drawn here too: a recipient of another municipality does not exist for the caller.
/// </summary>
public sealed partial class RecordGate(DocumentationDbContext db, TimeProvider time, ILogger<RecordGate> logger)
{
    public const string EmergencyBasis = "emergency";
    public const string SelfBasis = "self";

    public async Task<GateDecision> OpenAsync(Caller caller, string municipalityId, Guid recipientId, ConfidentialRecordAttribute record, CancellationToken cancellationToken)
    {
        var recipient = await db.Recipients.AsNoTracking()
            .Where(r => r.Id == recipientId && r.MunicipalityId == municipalityId)
            .Select(r => new RecipientFacts(r.Id, r.MunicipalityId, r.Zone, r.PreferredLanguage, r.PrimaryContactId, r.SecondaryContactId, r.CaseWorkerId))
            .FirstOrDefaultAsync(cancellationToken);
        if (recipient is null)
        {
            return GateDecision.NotFound(recipientId);
        }

        if (!caller.IsStaff)
        {
            if (record.Purpose == RecordPurpose.AccessLog && caller.Role == Roles.Recipient && caller.OwnRecipientId == recipientId)
            {
                return GateDecision.Granted(RecordAccess.Create(recipient, caller, SelfBasis));
            }
            return GateDecision.Forbidden("Only staff with a care relation read a recipient's record; a recipient reads only their own access log.");
        }
        if (caller.StaffId is not { } staffId)
        {
            return GateDecision.Forbidden($"The token carries no {Caller.StaffIdClaim} claim, so no care relation can be found.");
        }

        var now = time.GetUtcNow();
        var staff = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Id == staffId && s.MunicipalityId == municipalityId)
            .Select(s => new { s.Name, Zone = s.Active ? s.Zone : null })
            .FirstOrDefaultAsync(cancellationToken);
        var staffName = caller.Name ?? staff?.Name ?? "unknown";
        if (record.Purpose == RecordPurpose.EmergencyRequest)
        {
            return GateDecision.Granted(RecordAccess.Create(recipient, caller with { Name = staffName }, EmergencyBasis));
        }

        var from = now - CareRelationRules.VisitLookBack;
        var to = now + CareRelationRules.VisitLookAhead;
        var visitStarts = await db.Visits.AsNoTracking()
            .Where(v => v.RecipientId == recipientId && v.Status != VisitStatus.Cancelled && v.StaffIds.Contains(staffId)
                && v.PlannedStart >= from && v.PlannedStart <= to)
            .Select(v => v.PlannedStart)
            .ToListAsync(cancellationToken);
        var relation = CareRelationRules.Find(
            new CareRelationFacts(staffId, caller.ActsAsUnitLeader, staff?.Zone, recipient.Zone, recipient.PrimaryContactId, recipient.SecondaryContactId, recipient.CaseWorkerId, visitStarts),
            now);

        string basis;
        string? emergencyReason = null;
        if (relation is { } kind)
        {
            basis = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
        }
        else
        {
            var emergency = await db.EmergencyAccesses.AsNoTracking()
                .Where(e => e.RecipientId == recipientId && e.StaffId == staffId && e.MunicipalityId == municipalityId
                    && e.GrantedAt <= now && e.ExpiresAt > now)
                .OrderByDescending(e => e.GrantedAt)
                .FirstOrDefaultAsync(cancellationToken);
            if (emergency is null)
            {
                LogRefused(logger, staffId, recipientId, record.What);
                return GateDecision.Forbidden("You have no care relation with this recipient. In an emergency, ask for emergency access with a reason.");
            }
            basis = EmergencyBasis;
            emergencyReason = emergency.Reason;
        }

        if (record.Purpose is RecordPurpose.Read or RecordPurpose.AccessLog)
        {
            db.AccessLog.Add(AccessLogEntry.Record(municipalityId, recipientId, now, staffId, staffName, caller.Role, record.What, basis, emergencyReason));
            await db.SaveChangesAsync(cancellationToken);
        }
        return GateDecision.Granted(RecordAccess.Create(recipient, caller with { Name = staffName }, basis));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff {StaffId} refused {What} of recipient {RecipientId}: no care relation")]
    private static partial void LogRefused(ILogger logger, Guid staffId, Guid recipientId, string what);
}
