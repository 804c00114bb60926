using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Assessment.Api.Persistence;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareServices.Scheduling.Tests.Support;

/// <summary>
/// The identity provider, Assessment and Scheduling on shared private servers, each service trusting the provider,
/// Scheduling with its own client credential, and every log entry of both services captured at Debug level. One
/// recipient registered in Assessment with a key box (its code unlike anything else in the logs), two health
/// workers on today's day shift, one morning visit planned and published to one of them.
/// </summary>
public sealed class KeyCodeSystem : IAsyncLifetime
{
    private static readonly IReadOnlyDictionary<string, string> VerboseLogging = new Dictionary<string, string>
    {
        ["Logging:LogLevel:Default"] = "Debug",
        ["Logging:LogLevel:Microsoft"] = "Debug",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Debug",
        ["Logging:LogLevel:System.Net.Http"] = "Debug",
    };

    public CapturedLogs Logs { get; } = new();

    public IdentityServer Identity { get; } = new();

    public AssessmentServer Assessment { get; private set; } = null!;

    public SchedulingHost Scheduling { get; private set; } = null!;

    /// <summary>Letters only from G to Z in capitals: no GUID, port, timestamp or number in a log can contain it by chance.</summary>
    public string Code { get; } = string.Concat(Enumerable.Range(0, 10).Select(_ => (char)('G' + Random.Shared.Next(20))));

    public DateOnly Today => SmallDistrict.Day;

    public Guid RecipientId { get; private set; }
    public Guid Assigned { get; private set; }
    public Guid Other { get; private set; }
    public Guid VisitId { get; private set; }

    public async Task InitializeAsync()
    {
        Scheduling = new SchedulingHost(StartAssessmentAsync, Identity.PersonToken, services => services.AddSingleton<ILoggerProvider>(Logs));
        await Scheduling.InitializeAsync();

        var caseWorker = AssessmentClient(Identity.PersonToken(Roles.CaseWorker, "1848", null));
        var registered = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", new
        {
            name = "Kari Nordmann",
            birthDate = "1938-05-17",
            nationalId = NationalIds.Next(),
            address = new { street = "Storgata 1", postalCode = "8283", city = "Leinesfjord", latitude = 67.77, longitude = 15.12 },
            zone = "Nord-Steigen",
            preferredLanguage = "nb",
            keyArrangement = new { kind = "keyBox", code = Code, location = "left of the door" },
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        RecipientId = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // Assessment announces the recipient through its outbox; Scheduling's read model takes it from the bus.
        Assert.True(await Eventually.UntilAsync(() => Scheduling.InDbAsync(db => db.Recipients.AnyAsync(r => r.Id == RecipientId)), TimeSpan.FromSeconds(60)));
        var zone = await Scheduling.InDbAsync(db => db.Recipients.Where(r => r.Id == RecipientId).Select(r => r.Zone).SingleAsync());

        var first = await Scheduling.RegisterStaffAsync(zone, ["healthWorker"], "Hanne Helsefag");
        var second = await Scheduling.RegisterStaffAsync(zone, ["healthWorker"], "Hans Helsefag");
        await Scheduling.RosterAsync(first, Today);
        await Scheduling.RosterAsync(second, Today);
        await Scheduling.PublishAsync(Decisions.Granted(RecipientId, Today, Scheduling.Clock.GetUtcNow(),
            Decisions.Line("morning-care", 30, "daily", Decisions.EveryDay, new(8, 0), new(10, 0))));
        Assert.True(await Eventually.UntilAsync(() => Scheduling.InDbAsync(db => db.Visits.AnyAsync(v => v.RecipientId == RecipientId && v.Date == Today))));
        var planId = (await Scheduling.PlanAsync(zone, Today)).GetProperty("id").GetGuid();
        (await Scheduling.Client().PostAsync($"/api/scheduling/plans/{planId}/publish", null)).EnsureSuccessStatusCode();
        var visit = await Scheduling.InDbAsync(db => db.Visits.SingleAsync(v => v.RecipientId == RecipientId && v.Date == Today));
        VisitId = visit.Id;
        Assigned = Assert.Single(visit.PublishedStaffIds);
        Other = Assigned == first ? second : first;
    }

    public async Task DisposeAsync()
    {
        await Scheduling.DisposeAsync();
        await Assessment.DisposeAsync();
        await Identity.DisposeAsync();
    }

    public HttpClient CareWorker(Guid staffId) => Scheduling.Client(Roles.CareWorker, staffId: staffId);

    public HttpClient AssessmentClient(string token)
    {
        var client = new HttpClient { BaseAddress = new Uri(Assessment.Url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<int> JournalEntriesAsync(Guid staffId)
    {
        await using var scope = Assessment.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssessmentDbContext>();
        return await db.AccessRecords.CountAsync(r => r.RecipientId == RecipientId && r.Subject == $"staff:{staffId}" && r.Role == "client:scheduling" && r.What == "keyCode");
    }

    private Task<IReadOnlyDictionary<string, string>> StartAssessmentAsync(IsolatedServers servers)
    {
        Assessment = new AssessmentServer(new Dictionary<string, string>(Identity.TrustSettings.Concat(VerboseLogging).Concat(TestKeys.Settings))
        {
            ["ConnectionStrings:assessmentdb"] = servers.Database("assessmentdb"),
            ["ConnectionStrings:rabbitmq"] = servers.RabbitMq,
            ["ConnectionStrings:redis"] = servers.Redis,
        }, Logs);
        _ = Assessment.Services;
        return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(Identity.TrustSettings.Concat(VerboseLogging))
        {
            ["Authentication:Client:Id"] = "scheduling",
            ["Authentication:Client:Secret"] = IdentityServer.SchedulingSecret,
            // Scheduling reaches Assessment as in the cluster: http://assessment through service discovery.
            ["services:assessment:http:0"] = Assessment.Url,
        });
    }
}
