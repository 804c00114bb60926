using System.Security.Claims;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;

namespace CareServices.Documentation.Tests.Support;

/// <summary>
/// Real JWTs like <see cref="TestTokens"/>, with the claims Documentation reads: <c>staff_id</c> and <c>name</c> for
/// staff, <c>recipient_id</c> for a recipient. Valid for a month either side of now, because some tests move the
/// service's clock days ahead.
/// </summary>
public static class StaffTokens
{
    public static string Staff(string role, Guid? staffId, string name = "Test Staff", string municipality = "1848") =>
        Create(role, municipality, $"staff-{staffId:N}",
            staffId is { } id ? [new Claim(ClaimNames.StaffId, id.ToString()), new Claim(ClaimNames.Name, name)] : [new Claim(ClaimNames.Name, name)]);

    public static string Recipient(Guid recipientId, string municipality = "1848") =>
        Create(Roles.Recipient, municipality, $"citizen-{recipientId:N}", [new Claim(ClaimNames.RecipientId, recipientId.ToString())]);

    public static string Role(string role, string municipality = "1848") => Create(role, municipality, $"test-{role.ToLowerInvariant()}", []);

    private static string Create(string role, string municipality, string subject, Claim[] extra)
    {
        var descriptor = TestTokens.Descriptor(
        [
            new Claim(ClaimNames.Subject, subject),
            new Claim(ClaimNames.Role, role),
            new Claim(ClaimNames.Municipality, municipality),
            .. extra,
        ]);
        var now = DateTime.UtcNow;
        (descriptor.IssuedAt, descriptor.NotBefore, descriptor.Expires) = (now.AddDays(-30), now.AddDays(-30), now.AddDays(30));
        return TestTokens.Sign(descriptor);
    }
}
