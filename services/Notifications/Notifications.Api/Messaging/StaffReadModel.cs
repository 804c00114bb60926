using CareServices.Notifications.Domain.Preferences;
using CareServices.ServiceDefaults.Outbox;

namespace CareServices.Notifications.Api.Messaging;

/// <summary>
/// Scheduling's staff events into the staff read model (name, zone, competences, language and whether they still work
/// here) in one upsert, applied only when newer by Scheduling's version (<c>scheduling_version</c>, 0 while only a unit
/// leader has described the person): events may arrive in any order, and an update that overtakes the registration
/// creates the row. What a unit leader keeps here (e-mail, phone, roles) stays; the language is taken from the
/// person's languages only while no one has chosen one. Ids are global; one municipality's event never rewrites
/// another's employee. An event without a version (from a release before versions) applies by time, only while the
/// row has seen no newer version than the registration.
/// </summary>
internal static class StaffReadModel
{
    private const string Upsert = """
        INSERT INTO staff (id, municipality_id, name, zone, competences, active, language, roles, scheduling_as_of, scheduling_version)
        VALUES ($1, $2, $3, $4, $5, $6, $7, '{}', $8, COALESCE($9::int, 1))
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, zone = excluded.zone, competences = excluded.competences, active = excluded.active,
            language = CASE WHEN staff.language = '' THEN excluded.language ELSE staff.language END,
            scheduling_as_of = excluded.scheduling_as_of, scheduling_version = excluded.scheduling_version
        WHERE staff.municipality_id = excluded.municipality_id AND CASE WHEN $9::int IS NULL
            THEN staff.scheduling_version <= 1 AND (staff.scheduling_as_of IS NULL OR staff.scheduling_as_of < excluded.scheduling_as_of)
            ELSE staff.scheduling_version < excluded.scheduling_version END
        """;

    /// <summary>The statement and its values, for the consumer's <c>Execute</c>; <paramref name="version"/> is null from a release before versions.</summary>
    public static (string Sql, object?[] Values) Apply(
        string municipalityId, Guid staffId, string name, string zone, IReadOnlyList<string> competences, IReadOnlyList<string> languages,
        bool active, DateTimeOffset asOf, int? version) =>
        (Upsert, [staffId, municipalityId, name, zone, competences.ToArray(), active,
            Languages.OrDefault(languages.FirstOrDefault(Languages.IsSupported)), asOf, version]);
}
