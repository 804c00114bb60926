using System.Text.Json;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CareServices.Identity.Tests;

/// <summary>
/// Demo users as a local run has them: the seed writes their file once it knows the staff and recipient ids, the
/// provider reads it again when it changes, and the password is the one of the installation's password file.
/// </summary>
public sealed class DemoUserFileTests : IDisposable
{
    private const string Password = "Installation-Password-1";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("identity-demo-users-");

    private string UsersFile => Path.Combine(_folder.FullName, "demo-users.json");

    private string PasswordFile => Path.Combine(_folder.FullName, "demo-password");

    [Fact]
    public async Task A_care_worker_of_the_file_signs_in_with_the_installations_password_and_carries_their_staff_id()
    {
        var staffId = Guid.NewGuid();
        WriteUsers(new { careworker = new { name = "Liv Nilsen", role = "CareWorker", municipality = "1848", staffId } });
        await using var provider = Start();

        var signedIn = await SignInAsync(provider, "careworker", Password);
        var refused = await SignInAsync(provider, "careworker", "demo-password-for-tests");

        var token = new JsonWebTokenHandler().ReadJsonWebToken(signedIn.AccessToken);
        Assert.Equal(("CareWorker", "1848", staffId.ToString(), "Liv Nilsen"),
            (token.GetClaim(ClaimNames.Role).Value, token.GetClaim(ClaimNames.Municipality).Value, token.GetClaim(ClaimNames.StaffId).Value, token.GetClaim(ClaimNames.Name).Value));
        Assert.Equal("invalid_grant", refused.Error);
    }

    [Fact]
    public async Task A_relative_signs_in_with_their_resource_person_id_as_subject()
    {
        var resourcePerson = Guid.NewGuid().ToString();
        WriteUsers(new { relative = new { name = "Eva Olsen", role = "Relative", municipality = "1848", subject = resourcePerson } });
        await using var provider = Start();

        var signedIn = await SignInAsync(provider, "relative", Password);

        var token = new JsonWebTokenHandler().ReadJsonWebToken(signedIn.AccessToken);
        Assert.Equal((resourcePerson, "Relative", "Eva Olsen"), (token.Subject, token.GetClaim(ClaimNames.Role).Value, token.GetClaim(ClaimNames.Name).Value));
    }

    [Fact]
    public async Task Users_written_after_the_start_sign_in_without_a_restart_and_removed_users_no_longer_do()
    {
        await using var provider = Start();
        Assert.Equal("invalid_grant", (await SignInAsync(provider, "recipient", Password)).Error);
        var recipientId = Guid.NewGuid();

        WriteUsers(new { recipient = new { name = "Ragna Olsen", role = "Recipient", municipality = "1848", recipientId } });
        var added = await Eventually.UntilAsync(async () => (await SignInAsync(provider, "recipient", Password)).AccessToken is not null);
        var token = new JsonWebTokenHandler().ReadJsonWebToken((await SignInAsync(provider, "recipient", Password)).AccessToken);
        WriteUsers(new { admin = new { name = "Admin", role = "Admin", municipality = "1848" } });
        var removed = await Eventually.UntilAsync(async () => (await SignInAsync(provider, "recipient", Password)).Error == "invalid_grant");

        Assert.True(added, "the user written after the start never signed in");
        Assert.Equal(recipientId.ToString(), token.GetClaim(ClaimNames.RecipientId).Value);
        Assert.True(removed, "the user removed from the file could still sign in");
        Assert.NotNull((await SignInAsync(provider, "admin", Password)).AccessToken);
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private IdentityProvider Start()
    {
        File.WriteAllText(PasswordFile, Password + "\n");
        return IdentityProvider.WithDemoUserFiles(UsersFile, PasswordFile);
    }

    /// <summary>Written as the seed writes it: whole, then renamed over the old file.</summary>
    private void WriteUsers(object users)
    {
        var temporary = UsersFile + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(users));
        File.Move(temporary, UsersFile, overwrite: true);
    }

    private static Task<IdentityProvider.TokenAnswer> SignInAsync(IdentityProvider provider, string userName, string password) => provider.TokenAsync(
        ("grant_type", "password"), ("client_id", "gateway"), ("client_secret", IdentityProvider.GatewaySecret),
        ("username", userName), ("password", password));
}
