using CareServices.Assessment.Api.Persistence;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;

namespace CareServices.Assessment.Api.Messaging;

/// <summary>
/// Keeps the recipient's assigned contact persons, which decision letters name: one upsert, applied only when the
/// event is newer than the kept assignment by Scheduling's version, so the order events arrive in does not matter.
/// </summary>
public sealed class ContactPersonAssignedConsumer(AssessmentDbContext db, TimeProvider timeProvider, ILogger<ContactPersonAssignedConsumer> logger)
    : InboxConsumer<ContactPersonAssigned, AssessmentDbContext>(db, timeProvider, logger)
{
    // An event from a release before versions (no $11) applies by time, while no versioned one has been applied.
    private const string Upsert = """
        INSERT INTO assigned_contact_persons (recipient_id, municipality_id, primary_staff_id, primary_name, secondary_staff_id, secondary_name,
            acting_staff_id, acting_name, effective_from, assigned_at, version)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, COALESCE($11::int, 0))
        ON CONFLICT (recipient_id) DO UPDATE SET municipality_id = excluded.municipality_id, primary_staff_id = excluded.primary_staff_id,
            primary_name = excluded.primary_name, secondary_staff_id = excluded.secondary_staff_id, secondary_name = excluded.secondary_name,
            acting_staff_id = excluded.acting_staff_id, acting_name = excluded.acting_name, effective_from = excluded.effective_from,
            assigned_at = excluded.assigned_at, version = excluded.version
        WHERE CASE WHEN $11::int IS NULL
            THEN assigned_contact_persons.version = 0 AND assigned_contact_persons.assigned_at < excluded.assigned_at
            ELSE assigned_contact_persons.version < excluded.version END
        """;

    protected override Task HandleAsync(ContactPersonAssigned message, ConsumeContext<ContactPersonAssigned> context, CancellationToken cancellationToken)
    {
        Execute(Upsert, message.RecipientId, message.MunicipalityId, message.Primary.StaffId, message.Primary.Name,
            message.Secondary?.StaffId, message.Secondary?.Name, message.Acting.StaffId, message.Acting.Name,
            message.EffectiveFrom, message.OccurredAt, message.AggregateVersion);
        return Task.CompletedTask;
    }
}
