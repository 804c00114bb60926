using System.Net;
using System.Net.Http.Json;
using CareServices.Documentation.Api.Api.Journal;
using CareServices.Documentation.Domain.Journal;
using CareServices.Documentation.Domain.Records;
using CareServices.Documentation.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CareServices.Documentation.Tests.Journal;

public sealed class JournalTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    private static async Task<JournalNoteResponse> WriteAsync(HttpClient client, CareTeam team, string category, string text, bool sign = true, Guid? corrects = null)
    {
        var response = await client.PostAsJsonAsync(team.Journal, new JournalNoteRequest(category, text, sign, corrects));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<JournalNoteResponse>();
    }

    [Fact]
    public async Task A_signed_note_is_never_changed_nor_signed_twice()
    {
        var team = await CareTeam.CreateAsync(host);
        var author = host.Client(team.Token(team.Primary));
        var draft = await WriteAsync(author, team, "observation", "Ate half the dinner.", sign: false);
        Assert.Equal(HttpStatusCode.OK, (await author.PutAsJsonAsync($"{team.Journal}/{draft.Id}", new JournalNoteRequest("observation", "Ate half of the dinner."))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await author.PostAsync($"{team.Journal}/{draft.Id}/sign", null)).StatusCode);

        var change = await author.PutAsJsonAsync($"{team.Journal}/{draft.Id}", new JournalNoteRequest("observation", "Ate all of it."));
        var secondSignature = await author.PostAsync($"{team.Journal}/{draft.Id}/sign", null);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (change.StatusCode, secondSignature.StatusCode));
        var stored = await author.GetAsync<JournalNoteResponse>($"{team.Journal}/{draft.Id}");
        Assert.Equal("Ate half of the dinner.", stored.Text);
    }

    [Fact]
    public async Task A_correction_is_a_new_signed_note_that_references_the_original()
    {
        var team = await CareTeam.CreateAsync(host);
        var author = host.Client(team.Token(team.Primary));
        var original = await WriteAsync(author, team, "contactWithRelative", "Daughter called about the Tuesday visit.");
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        var correction = await WriteAsync(author, team, "contactWithRelative", "Correction: it was the son, not the daughter.", corrects: original.Id);

        Assert.Equal(original.Id, correction.CorrectsNoteId);
        var page = await author.GetAsync<JournalPage>(team.Journal);
        Assert.Equal([correction.Id, original.Id], page.Items.Select(n => n.Id));
        Assert.Equal("Daughter called about the Tuesday visit.", page.Items[1].Text);
    }

    [Fact]
    public async Task An_unknown_category_is_refused_naming_the_allowed_values()
    {
        var team = await CareTeam.CreateAsync(host);

        var response = await host.Client(team.Token(team.Primary)).PostAsJsonAsync(team.Journal, new JournalNoteRequest("gossip", "text"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("category", body, StringComparison.Ordinal);
        Assert.Contains("observation, contactWithRelative, contactPersonMeeting, messageToNurse, other", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_over_twenty_thousand_characters_is_unprocessable_and_nothing_is_written()
    {
        var team = await CareTeam.CreateAsync(host);

        var response = await host.Client(team.Token(team.Primary)).PostAsJsonAsync(team.Journal,
            new JournalNoteRequest("observation", new string('a', TextLimits.MaxLength + 1)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("text", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await host.WithDbAsync(db => db.JournalNotes.CountAsync(n => n.RecipientId == team.RecipientId)));
    }

    [Fact]
    public async Task Only_the_author_sees_and_changes_a_draft()
    {
        var team = await CareTeam.CreateAsync(host);
        var draft = await WriteAsync(host.Client(team.Token(team.Primary)), team, "messageToNurse", "Please look at the wound on the left leg.", sign: false);
        var colleague = host.Client(team.Token(team.Secondary));

        Assert.Empty((await colleague.GetAsync<JournalPage>(team.Journal)).Items);
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.PostAsync($"{team.Journal}/{draft.Id}/sign", null)).StatusCode);
    }

    [Fact]
    public async Task The_journal_is_filtered_by_category()
    {
        var team = await CareTeam.CreateAsync(host);
        var author = host.Client(team.Token(team.Primary));
        await WriteAsync(author, team, "observation", "Slept well.");
        var meeting = await WriteAsync(author, team, "contactPersonMeeting", "Monthly meeting: wants to join the Thursday choir.");

        var page = await author.GetAsync<JournalPage>($"{team.Journal}?category=contactPersonMeeting");

        Assert.Equal([meeting.Id], page.Items.Select(n => n.Id));
        Assert.Equal(JournalCategory.ContactPersonMeeting, page.Items[0].Category);
    }

    [Theory]
    [InlineData("nb", "Hun hadde sterke smerter i beinene om morgenen.", "smerte")]
    [InlineData("sv", "Promenaderna blev korta i dag på grund av halka.", "promenader")]
    [InlineData("da", "Hun nød gåturene i haven efter frokost.", "gåtur")]
    public async Task Full_text_search_finds_inflected_words_in_the_recipients_language(string language, string text, string query)
    {
        var team = await CareTeam.CreateAsync(host, language: language);
        var author = host.Client(team.Token(team.Primary));
        var hit = await WriteAsync(author, team, "observation", text);
        await WriteAsync(author, team, "observation", "Nothing to report.");

        var found = await author.GetAsync<List<JournalNoteResponse>>($"{team.Journal}/search?q={Uri.EscapeDataString(query)}");

        Assert.Equal([hit.Id], found.Select(n => n.Id));
    }

    [Fact]
    public async Task Search_stays_within_one_recipients_journal()
    {
        var team = await CareTeam.CreateAsync(host);
        var neighbour = await CareTeam.CreateAsync(host);
        await WriteAsync(host.Client(neighbour.Token(neighbour.Primary)), neighbour, "observation", "Fell in the bathroom.");

        var found = await host.Client(team.Token(team.Primary)).GetAsync<List<JournalNoteResponse>>($"{team.Journal}/search?q=bathroom");

        Assert.Empty(found);
    }
}
