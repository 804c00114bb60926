using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;
using CareServices.EndToEnd.Tests.Infrastructure;
using CareServices.EndToEnd.Tests.Scenarios.Support;

namespace CareServices.EndToEnd.Tests.Scenarios;

/// <summary>
/// Terminating a decision through the gateway e-mails the relative who consented to be told, in the recipient's
/// language (Swedish here), into the run's local mail sink within seconds.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class TerminationEmailTests(AppHostFixture fixture)
{
    [Fact]
    public async Task Terminating_a_decision_puts_an_email_to_the_consenting_relative_in_the_recipients_language_into_the_sink()
    {
        using var caseWorker = await fixture.ClientForAsync("CaseWorker");
        var recipient = await CareSteps.RegisterRecipientAsync(caseWorker, "Astrid Avslutad", new DateOnly(1939, 6, 2), "Nordfold",
            new CareSteps.Home("Nordfoldveien 11", "8286", "Nordfold", 67.766, 15.21), language: "sv");
        var decision = await CareSteps.GrantDailyDecisionAsync(caseWorker, recipient.Id, Oslo.Today.AddDays(14), "shopping", 30, new TimeOnly(10, 0), new TimeOnly(14, 0));
        // Consent given once the grant has been told, as for a seeded recipient: no earlier message to the daughter is
        // pending, so the termination goes alone rather than in a digest with the grant (the per-person burst limit).
        await GrantToldAsync(caseWorker, recipient.Id);
        var daughter = $"maja.{Guid.NewGuid():N}"[..13] + "@example.se";
        using (var added = await caseWorker.PostAsJsonAsync($"/api/assessment/recipients/{recipient.Id}/resource-persons",
            new { name = "Maja Avslutad", relation = "daughter", phone = "+46701234567", email = daughter, consentToInform = true }))
        {
            await Expect.StatusAsync(added, HttpStatusCode.Created, "POST a resource person");
        }
        await RelativeKnownAsync(recipient.Id);

        var lastDay = Oslo.Today.AddDays(20);
        using (var terminated = await caseWorker.PostAsJsonAsync($"/api/assessment/decisions/{decision.Id}/terminate",
            new { lastDay = Oslo.Iso(lastDay), reason = "Flyttar till sin dotter", noticeWaivedReason = "Mottagaren bad själv om att avsluta" }))
        {
            await Expect.StatusAsync(terminated, HttpStatusCode.OK, "POST /api/assessment/decisions/{id}/terminate");
        }

        using var sink = new HttpClient { BaseAddress = fixture.App.GetEndpoint("sink", "http") };
        var subject = $"Insatserna för {recipient.Name} upphör";
        var link = await Eventually.ReturnsAsync(async () =>
        {
            var page = await sink.GetStringAsync("/");
            var row = Regex.Match(page, $"<td>[^<]*{Regex.Escape(daughter)}[^<]*</td><td><a href=\"(/mail/[0-9a-f-]+)\">([^<]*)</a>");
            return row.Success && System.Net.WebUtility.HtmlDecode(row.Groups[2].Value) == subject ? row.Groups[1].Value : null;
        }, CareSteps.EventTimeout, "the termination e-mail to the consenting daughter reaching the mail sink");
        // The raw message: quoted-printable soft line breaks may split a long line anywhere.
        var mail = (await sink.GetStringAsync(link)).Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal);
        Assert.Contains(decision.Number, mail, StringComparison.Ordinal);
        Assert.Contains(Oslo.Iso(lastDay), mail, StringComparison.Ordinal);
    }

    private static async Task GrantToldAsync(HttpClient caseWorker, Guid recipientId) =>
        await Eventually.ReturnsAsync(async () =>
        {
            using var response = await caseWorker.GetAsync("/api/notifications/letters");
            var letters = await Expect.JsonAsync<List<Letter>>(response, HttpStatusCode.OK, "GET /api/notifications/letters");
            return letters.FirstOrDefault(l => l.PersonId == recipientId && l.Template == "decision-granted");
        }, CareSteps.EventTimeout, "the grant reaching Notifications (its letter in the print list)");

    private async Task RelativeKnownAsync(Guid recipientId)
    {
        using var admin = await fixture.ClientForAsync("Admin");
        await Eventually.ReturnsAsync(async () =>
        {
            using var response = await admin.GetAsync($"/api/notifications/recipients/{recipientId}");
            var body = await Expect.WhenArrivedAsync<NotificationsRecipient>(response, HttpStatusCode.OK, HttpStatusCode.NotFound, "GET /api/notifications/recipients/{id}");
            return body is { InformedPersons.Count: > 0 } ? body : null;
        }, CareSteps.EventTimeout, "the consenting daughter reaching Notifications");
    }

    private sealed record Letter(Guid Id, Guid PersonId, string Template);

    private sealed record NotificationsRecipient(Guid Id, IReadOnlyList<InformedPerson> InformedPersons);

    private sealed record InformedPerson(string Name, string? Email);
}
