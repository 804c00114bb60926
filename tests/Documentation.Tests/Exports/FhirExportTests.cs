using System.Net;
using System.Net.Http.Json;
using CareServices.Contracts.Assessment;
using CareServices.Contracts.Scheduling;
using CareServices.Documentation.Api.Api.Plans;
using CareServices.Documentation.Api.Api.Reports;
using CareServices.Documentation.Tests.Support;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using CareTeam = CareServices.Documentation.Tests.Support.CareTeam;

namespace CareServices.Documentation.Tests.Exports;

public sealed class FhirExportTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    [Fact]
    public async System.Threading.Tasks.Task The_FHIR_bundle_parses_and_carries_the_plans_activities_goals_visits_reported_changes_and_measurements()
    {
        var team = await CareTeam.CreateAsync(host);
        var (shower, walk) = (Guid.NewGuid(), Guid.NewGuid());
        var line = (Guid id, string code) => new GrantedServiceLine
        {
            ServiceLineId = id, ServiceCode = code, ServiceKind = "healthCare", MinutesPerVisit = 30, Frequency = "daily", Weekdays = [],
            IntervalWeeks = 1, TimesPerDay = 1, TimeWindows = [], Competence = "healthWorker", DoubleStaffing = false, CoPayment = false,
            VisitsPerWeek = 7, HoursPerWeek = 3.5m,
        };
        await host.DeliverAsync(new DecisionGranted
        {
            OccurredAt = host.Clock.GetUtcNow(), MunicipalityId = "1848",
            Decision = new DecisionSnapshot
            {
                DecisionId = Guid.NewGuid(), Number = $"F-{Guid.NewGuid():N}"[..12], Version = 1, RecipientId = team.RecipientId, LegalBasis = "hol-3-2-6",
                ValidFrom = new DateOnly(2026, 12, 1), HoursPerWeek = 7, Lines = [line(shower, "shower"), line(walk, "walk")],
            },
        });
        var nurse = host.Client(team.Token(team.Secondary));
        var plans = $"/api/documentation/recipients/{team.RecipientId}/implementation-plans";
        var draft = (await nurse.GetAsync<List<PlanResponse>>(plans)).Single();
        (await nurse.PutAsJsonAsync($"{plans}/{draft.Id}", new PlanRequest(
        [
            new PlanLineRequest(shower, "Shower with the stool", Goals: "Washes his upper body himself by spring"),
            new PlanLineRequest(walk, "Walk to the shop", RecipientWishes: "On Thursdays", PracticalNotes: "Key box code is given per visit"),
        ]))).EnsureSuccessStatusCode();
        (await nurse.PostAsync($"{plans}/{draft.Id}/approve", null)).EnsureSuccessStatusCode();
        var now = host.Clock.GetUtcNow();
        var visitId = Guid.NewGuid();
        await host.DeliverAsync(team.Visit(now.AddHours(-1), [team.Visitor], now, visitId: visitId) with
        {
            Lines = [new PlannedServiceMinutes { ServiceLineId = shower, Minutes = 30 }],
        });
        (await host.Client(team.Token(team.Visitor)).PostAsJsonAsync("/api/documentation/visit-reports", new VisitReportRequest(
            visitId, now.AddHours(-1), now.AddMinutes(-30), [new TaskOutcomeRequest(shower, true)], "Fine.", new ConditionChangeRequest("mobility", "Unsteady on his feet."), Sign: true)))
            .EnsureSuccessStatusCode();

        (await nurse.PostAsJsonAsync($"/api/documentation/recipients/{team.RecipientId}/measurements/weight",
            new Api.Api.Measurements.WeightRequest(72.5m, null))).EnsureSuccessStatusCode();

        var response = await host.Client(team.Token(team.Primary)).GetAsync($"/api/documentation/recipients/{team.RecipientId}/fhir");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        var bundle = new FhirJsonDeserializer(new DeserializerSettings()).Deserialize<Bundle>(json);
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        var patient = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Patient>());
        Assert.Equal(team.RecipientId.ToString(), patient.Id);
        var carePlan = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<CarePlan>());
        Assert.Equal(["Shower with the stool", "Walk to the shop Wishes: On Thursdays"], carePlan.Activity.Select(a => a.Detail!.Description));
        var goal = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Goal>());
        Assert.Equal("Washes his upper body himself by spring", goal.Description.Text);
        Assert.Equal([$"urn:uuid:{goal.Id}"], carePlan.Goal.Select(g => g.Reference));
        var encounter = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Encounter>());
        Assert.Equal(Encounter.EncounterStatus.Finished, encounter.Status);
        var flag = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Flag>());
        Assert.Contains("mobility", flag.Code.Text, StringComparison.Ordinal);
        var weight = Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<Observation>());
        var kilograms = Assert.IsType<Quantity>(weight.Value);
        Assert.Equal(("29463-7", (decimal?)72.5m, "kg"), (weight.Code.Coding[0].Code, kilograms.Value, kilograms.Unit));
        Assert.DoesNotContain("Key box", json, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task The_FHIR_export_needs_a_care_relation_and_is_logged()
    {
        var team = await CareTeam.CreateAsync(host);

        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(team.Token(team.Stranger)).GetAsync($"/api/documentation/recipients/{team.RecipientId}/fhir")).StatusCode);
        (await host.Client(team.Token(team.Primary)).GetAsync($"/api/documentation/recipients/{team.RecipientId}/fhir")).EnsureSuccessStatusCode();

        var log = await host.Client(StaffTokens.Recipient(team.RecipientId)).GetAsync<List<Api.Api.Access.AccessLogEntryResponse>>(team.AccessLog);
        Assert.Equal([(team.Primary, "fhir-export")], log.Select(e => (e.StaffId, e.What)));
    }
}
