using System.Net.Mail;
using CareServices.Notifications.Domain.Preferences;
using CareServices.ServiceDefaults.Problems;
using AuthRoles = CareServices.ServiceDefaults.Auth.Roles;

namespace CareServices.Notifications.Api.Api;

public static class StaffContactValidator
{
    public static ValidationErrors Validate(StaffContactRequest request)
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.Name), "name", "is required")
            .Require(request.Email is null || MailAddress.TryCreate(request.Email, out _), "email", "must be an e-mail address")
            .Require(request.Language is null || Languages.IsSupported(request.Language), "language", $"must be one of {string.Join(", ", Languages.All)}")
            .Require(request.Roles is { Count: > 0 }, "roles", "name at least one role");
        foreach (var (role, i) in (request.Roles ?? []).Select((r, i) => (r, i)))
        {
            errors.Require(AuthRoles.Staff.Contains(role), $"roles[{i}]", $"must be one of {string.Join(", ", AuthRoles.Staff)}");
        }
        return errors;
    }
}
