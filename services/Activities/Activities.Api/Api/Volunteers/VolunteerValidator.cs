using CareServices.Activities.Domain.Interests;
using CareServices.Activities.Domain.Volunteers;
using CareServices.ServiceDefaults.Problems;

namespace CareServices.Activities.Api.Api.Volunteers;

public static class VolunteerValidator
{
    public static (VolunteerProfile? Profile, ValidationErrors Errors) Validate(VolunteerRequest request, DateOnly today)
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.Name) && request.Name.Length <= 200, "name", "is required, at most 200 characters")
            .Require((request.Phone?.Length ?? 0) <= 40, "phone", "is at most 40 characters")
            .Require(request.Latitude is null or (>= -90 and <= 90), "latitude", "is between -90 and 90")
            .Require(request.Longitude is null or (>= -180 and <= 180), "longitude", "is between -180 and 180")
            .Require((request.Latitude is null) == (request.Longitude is null), "longitude", "is given together with latitude")
            .Require(request.PoliceCertificateIssuedOn is not { } issued || issued <= today, "policeCertificateIssuedOn", "cannot be in the future");
        var roles = new List<VolunteerRole>();
        foreach (var (role, i) in (request.Roles ?? []).Select((r, i) => (r, i)))
        {
            if (EnumNames<VolunteerRole>.TryParse(role, out var parsed))
            {
                roles.Add(parsed);
            }
            else
            {
                errors.Add($"roles[{i}]", $"must be one of: {EnumNames<VolunteerRole>.Allowed}");
            }
        }
        errors.Require(request.Roles is { Count: > 0 }, "roles", "needs at least one role");
        foreach (var (code, i) in (request.Interests ?? []).Select((c, i) => (c, i)))
        {
            errors.Require(InterestCatalogue.Find(code) is not null, $"interests[{i}]", "is not an interest of the catalogue (GET /api/activities/interests/catalogue)");
        }
        var slots = new List<WeeklySlot>();
        foreach (var (slot, i) in (request.Availability ?? []).Select((s, i) => (s, i)))
        {
            if (!EnumNames<DayOfWeek>.TryParse(slot.Day, out var day))
            {
                errors.Add($"availability[{i}].day", "must be a weekday name such as tuesday");
            }
            else if (slot.From is not { } from || slot.To is not { } to || to <= from)
            {
                errors.Add($"availability[{i}].to", "from and to are required, to after from");
            }
            else
            {
                slots.Add(new WeeklySlot(day, from, to));
            }
        }
        var status = VolunteerStatus.Active;
        if (request.Status is not null && !EnumNames<VolunteerStatus>.TryParse(request.Status, out status))
        {
            errors.Add("status", $"must be one of: {EnumNames<VolunteerStatus>.Allowed}");
        }
        if (!errors.IsEmpty)
        {
            return (null, errors);
        }
        return (new VolunteerProfile(
            request.Name!.Trim(), request.Phone?.Trim() ?? "", roles, request.Interests ?? [], request.Languages ?? [], request.Zones ?? [],
            slots, request.Latitude, request.Longitude, request.PoliceCertificateIssuedOn, request.ConsentToContact, status), errors);
    }
}
