using System.Net;
using CareServices.EndToEnd.Tests.Infrastructure;
using CareServices.EndToEnd.Tests.Scenarios.Support;

namespace CareServices.EndToEnd.Tests.Scenarios;

/// <summary>
/// Notifications through the gateway: a granted decision tells the recipient in their in-app feed and puts the
/// decision letter in the office's print list.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class DecisionNotificationTests(AppHostFixture fixture)
{
    [Fact]
    public async Task A_granted_decision_reaches_the_recipients_feed_and_the_print_list_as_a_letter()
    {
        using var caseWorker = await fixture.ClientForAsync("CaseWorker");
        var recipient = await CareSteps.RegisterRecipientAsync(caseWorker, "Ingrid Varslet", new DateOnly(1942, 1, 15), "Nordfold",
            new CareSteps.Home("Nordfoldveien 7", "8286", "Nordfold", 67.765, 15.20));
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
        using var office = await fixture.ClientForAsync("CaseWorker");
        var letter = await Eventually.ReturnsAsync(async () =>
        {
            using var response = await office.GetAsync("/api/notifications/letters");
            var letters = await Expect.JsonAsync<List<Notification>>(response, HttpStatusCode.OK, "GET /api/notifications/letters");
            return letters.FirstOrDefault(l => l.PersonId == recipient.Id);
        }, CareSteps.EventTimeout, "the decision letter reaching the print list");
        Assert.Equal(("decision-granted", "letter", "nb"), (letter.Template, letter.Channel, letter.Language));
        using var printable = await office.GetAsync($"/api/notifications/letters/{letter.Id}");
        await Expect.StatusAsync(printable, HttpStatusCode.OK, "GET the printable letter");
        var html = await printable.Content.ReadAsStringAsync();
        Assert.Contains(decision.Number, html, StringComparison.Ordinal);
        Assert.Contains(recipient.Name, html, StringComparison.Ordinal);
    }

    private sealed record FeedItem(Guid Id, string Subject, string Body, bool Urgent, DateTimeOffset CreatedAt);

    private sealed record Notification(Guid Id, Guid PersonId, string Channel, string Template, string Language, string Status);
}
