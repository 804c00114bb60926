using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;
using CareServices.EndToEnd.Tests.Infrastructure;
using CareServices.EndToEnd.Tests.Scenarios.Support;

namespace CareServices.EndToEnd.Tests.Scenarios;

/// <summary>
/// Notifications through the gateway: a granted decision tells the recipient in their in-app feed, puts the decision
/// letter in the office's print list, and e-mails the relative who consented to be told (into the run's local mail
/// sink) but not the one who did not.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class DecisionNotificationTests(AppHostFixture fixture)
{
    [Fact]
    public async Task A_granted_decision_reaches_the_recipients_feed_the_print_list_and_only_the_consenting_relatives_mailbox()
    {
        using var caseWorker = await fixture.ClientForAsync("CaseWorker");
        var recipient = await CareSteps.RegisterRecipientAsync(caseWorker, "Ingrid Varslet", new DateOnly(1942, 1, 15), "Nordfold",
            new CareSteps.Home("Nordfoldveien 7", "8286", "Nordfold", 67.765, 15.20));
        var tag = Guid.NewGuid().ToString("N")[..8];
        var daughter = $"tone.{tag}@example.no";
        var neighbour = $"nils.{tag}@example.no";
        await AddResourcePersonAsync(caseWorker, recipient.Id, "Nils Nabo", "neighbour", neighbour, consent: false);
        await AddResourcePersonAsync(caseWorker, recipient.Id, "Tone Varslet", "daughter", daughter, consent: true);
        await InformedPersonsKnownAsync(recipient.Id);

        var validFrom = Oslo.Today.AddDays(14);
        var decision = await CareSteps.GrantDailyDecisionAsync(caseWorker, recipient.Id, validFrom, "shopping", 30, new TimeOnly(10, 0), new TimeOnly(14, 0));

        // The recipient's own feed (their token carries their recipient id).
        using var self = await fixture.ClientAsAsync("Recipient", recipientId: recipient.Id);
        var message = await Eventually.ReturnsAsync(async () =>
        {
            using var response = await self.GetAsync("/api/notifications/feed");
            var feed = await Expect.JsonAsync<List<FeedItem>>(response, HttpStatusCode.OK, "GET /api/notifications/feed");
            return feed.FirstOrDefault(item => item.Body.Contains(decision.Number, StringComparison.Ordinal));
        }, CareSteps.EventTimeout, "DecisionGranted reaching the recipient's feed");
        Assert.Contains(recipient.Name, message.Subject, StringComparison.Ordinal);
        Assert.Contains($"gjeldende fra {Oslo.Iso(validFrom)}", message.Body, StringComparison.Ordinal);

        // The letter to print and post, in the recipient's language.
        var letter = await Eventually.ReturnsAsync(async () =>
        {
            using var response = await caseWorker.GetAsync("/api/notifications/letters");
            var letters = await Expect.JsonAsync<List<Notification>>(response, HttpStatusCode.OK, "GET /api/notifications/letters");
            return letters.FirstOrDefault(l => l.PersonId == recipient.Id);
        }, CareSteps.EventTimeout, "the decision letter reaching the print list");
        Assert.Equal(("decision-granted", "letter", "nb"), (letter.Template, letter.Channel, letter.Language));
        using var printable = await caseWorker.GetAsync($"/api/notifications/letters/{letter.Id}");
        await Expect.StatusAsync(printable, HttpStatusCode.OK, "GET the printable letter");
        var html = await printable.Content.ReadAsStringAsync();
        Assert.Contains(decision.Number, html, StringComparison.Ordinal);
        Assert.Contains(recipient.Name, html, StringComparison.Ordinal);

        // The daughter who consented gets an e-mail through SMTP; the neighbour who did not, nothing.
        using var sink = new HttpClient { BaseAddress = fixture.App.GetEndpoint("sink", "http") };
        var mailbox = await Eventually.ReturnsAsync(async () =>
        {
            var page = await sink.GetStringAsync("/");
            return page.Contains(daughter, StringComparison.Ordinal) ? page : null;
        }, CareSteps.EventTimeout, "the e-mail to the consenting daughter reaching the mail sink");
        var row = Regex.Match(mailbox, $"<tr><td>[^<]*</td><td>[^<]*{Regex.Escape(daughter)}[^<]*</td><td><a href=\"(/mail/[0-9a-f-]+)\">([^<]*)</a>");
        Assert.True(row.Success, "The sink lists the daughter's e-mail with its subject.");
        Assert.Contains(recipient.Name, System.Net.WebUtility.HtmlDecode(row.Groups[2].Value), StringComparison.Ordinal);
        Assert.DoesNotContain(neighbour, mailbox, StringComparison.Ordinal);
    }

    private static async Task AddResourcePersonAsync(HttpClient caseWorker, Guid recipientId, string name, string relation, string email, bool consent)
    {
        using var response = await caseWorker.PostAsJsonAsync($"/api/assessment/recipients/{recipientId}/resource-persons",
            new { name, relation, phone = "+4791234567", email, consentToInform = consent });
        await Expect.StatusAsync(response, HttpStatusCode.Created, "POST a resource person");
    }

    /// <summary>The rule tells whom Notifications knows when the decision arrives: wait until it knows the daughter.</summary>
    private async Task InformedPersonsKnownAsync(Guid recipientId)
    {
        using var admin = await fixture.ClientForAsync("Admin");
        await Eventually.ReturnsAsync(async () =>
        {
            using var response = await admin.GetAsync($"/api/notifications/recipients/{recipientId}");
            var body = await Expect.WhenArrivedAsync<NotificationsRecipient>(response, HttpStatusCode.OK, HttpStatusCode.NotFound, "GET /api/notifications/recipients/{id}");
            return body is { InformedPersons.Count: > 0 } ? body : null;
        }, CareSteps.EventTimeout, "the consenting daughter reaching Notifications");
    }

    private sealed record FeedItem(Guid Id, string Subject, string Body, bool Urgent, DateTimeOffset CreatedAt);

    private sealed record Notification(Guid Id, Guid PersonId, string Channel, string Template, string Language, string Status);

    private sealed record NotificationsRecipient(Guid Id, IReadOnlyList<InformedPerson> InformedPersons);

    private sealed record InformedPerson(string Name, string? Email);
}
