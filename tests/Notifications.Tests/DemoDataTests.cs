using CareServices.Seed.Notifications;

namespace CareServices.Notifications.Tests;

/// <summary>The demo data's e-mail addresses: derived from the name, so they are valid and stable across seeding runs.</summary>
public sealed class DemoDataTests
{
    [Theory]
    [InlineData("Kari Nordmann", "kari.nordmann@example.no")]
    [InlineData("Bjørn Ødegård-Åsheim", "bjorn.odegard.asheim@example.no")]
    [InlineData("Ærlig O'Brien", "aerlig.obrien@example.no")]
    public void A_demo_address_is_the_name_in_ascii_with_dots(string name, string expected)
    {
        Assert.Equal(expected, DemoEmail.For(name, "example.no"));
        Assert.True(System.Net.Mail.MailAddress.TryCreate(expected, out _));
    }
}
