using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CareServices.Assessment.Tests.Support;
using CareServices.Contracts.Documentation;
using CareServices.Contracts.Scheduling;
using CareServices.ServiceDefaults.Auth;
using CareServices.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using static CareServices.Assessment.Tests.Support.DecisionRequests;

namespace CareServices.Assessment.Tests.FollowUp;

/// <summary>
/// A fixed week: personal care 30 minutes daily (210 granted), cleaning 60 minutes every other Tuesday. Scheduling
/// plans seven personal-care visits and cancels one (180 planned); Documentation reports 5 × 30 + 20 (170 delivered,
/// 19 % short: flagged); cleaning is planned and delivered as granted.
/// </summary>
public sealed class ReconciliationTests(AssessmentHost host) : IClassFixture<AssessmentHost>
{
    private static readonly DateOnly Monday = new(2027, 1, 4);

    [Fact]
    public async Task A_fixed_week_reconciles_granted_planned_and_delivered_minutes_per_line_and_flags_more_than_15_percent()
    {
        var caseWorker = host.Client(Roles.CaseWorker);
        var recipientId = await Support.Recipients.RegisterAsync(caseWorker, "Nordfold");
        var elsewhere = await Support.Recipients.RegisterAsync(caseWorker, "Leiranger");
        var decision = await GrantedAsync(caseWorker, new
        {
            recipientId,
            validFrom = "2027-01-04",
            lines = new object[]
            {
                new { serviceCode = "personal_care", minutesPerVisit = 30, frequency = new { kind = "daily" } },
                new { serviceCode = "cleaning", minutesPerVisit = 60, frequency = new { kind = "everyNWeeks", intervalWeeks = 2, weekdays = new[] { "tuesday" } } },
            },
        });
        await GrantedAsync(caseWorker, OneLine(elsewhere, validFrom: "2027-01-04"));
        var care = decision.GetProperty("lines")[0].GetProperty("id").GetGuid();
        var cleaning = decision.GetProperty("lines")[1].GetProperty("id").GetGuid();
        var bus = host.Factory.Services.GetRequiredService<IBus>();

        var visits = Enumerable.Range(0, 7).Select(_ => Guid.NewGuid()).ToList();
        for (var day = 0; day < 7; day++)
        {
            var lines = new List<PlannedServiceMinutes> { new() { ServiceLineId = care, Minutes = 30 } };
            if (day == 1)
            {
                lines.Add(new() { ServiceLineId = cleaning, Minutes = 60 });
            }
            await PublishAsync(bus, new VisitScheduled
            {
                OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848", VisitId = visits[day], RecipientId = recipientId,
                Date = Monday.AddDays(day), PlannedStart = new DateTimeOffset(Monday.AddDays(day), new TimeOnly(8, 0), TimeSpan.FromHours(1)), Lines = lines,
            });
        }
        await PublishAsync(bus, new VisitCancelled { OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848", VisitId = visits[6], RecipientId = recipientId, Date = Monday.AddDays(6), Reason = "In hospital" });
        VisitDocumented Documented(int day, params DeliveredServiceMinutes[] lines) => new()
        {
            OccurredAt = DateTimeOffset.UtcNow, MunicipalityId = "1848", VisitId = visits[day], RecipientId = recipientId, Date = Monday.AddDays(day), Lines = lines,
        };
        for (var day = 0; day < 6; day++)
        {
            var delivered = new List<DeliveredServiceMinutes> { new() { ServiceLineId = care, Minutes = day == 3 ? 20 : 30 } };
            if (day == 1)
            {
                delivered.Add(new() { ServiceLineId = cleaning, Minutes = 60 });
            }
            var documented = Documented(day, [.. delivered]);
            await PublishAsync(bus, documented);
            if (day == 0)
            {
                await PublishAsync(bus, documented); // redelivered: the inbox keeps it from counting twice
            }
        }

        var planner = host.Client(Roles.Planner);
        var url = "/api/assessment/follow-up/reconciliation?from=2027-01-04&to=2027-01-10&zone=Nordfold";
        JsonElement report = default;
        Assert.True(await Eventually.UntilAsync(async () =>
        {
            report = await planner.GetFromJsonAsync<JsonElement>(url);
            return report.GetProperty("lines").EnumerateArray().Any(l => l.GetProperty("serviceCode").GetString() == "personal_care"
                && l.GetProperty("deliveredMinutes").GetInt32() == 170 && l.GetProperty("plannedMinutes").GetInt32() == 180);
        }), report.ToString());

        var rows = report.GetProperty("lines").EnumerateArray().ToList();
        Assert.All(rows, r => Assert.Equal(recipientId, r.GetProperty("recipientId").GetGuid()));
        var personal = rows.Single(r => r.GetProperty("serviceCode").GetString() == "personal_care");
        Assert.Equal((210m, -0.143m, -0.190m, true), (personal.GetProperty("grantedMinutes").GetDecimal(), personal.GetProperty("plannedDeviation").GetDecimal(),
            personal.GetProperty("deliveredDeviation").GetDecimal(), personal.GetProperty("flagged").GetBoolean()));
        var clean = rows.Single(r => r.GetProperty("serviceCode").GetString() == "cleaning");
        Assert.Equal((60m, 60, 60, false), (clean.GetProperty("grantedMinutes").GetDecimal(), clean.GetProperty("plannedMinutes").GetInt32(),
            clean.GetProperty("deliveredMinutes").GetInt32(), clean.GetProperty("flagged").GetBoolean()));
        var zone = Assert.Single(report.GetProperty("zones").EnumerateArray());
        Assert.Equal(("Nordfold", 270m, 240, 230, 1), (zone.GetProperty("zone").GetString(), zone.GetProperty("grantedMinutes").GetDecimal(),
            zone.GetProperty("plannedMinutes").GetInt32(), zone.GetProperty("deliveredMinutes").GetInt32(), zone.GetProperty("flaggedLines").GetInt32()));

        var nextWeek = await planner.GetFromJsonAsync<JsonElement>("/api/assessment/follow-up/reconciliation?from=2027-01-11&to=2027-01-17&zone=Nordfold");
        Assert.DoesNotContain(nextWeek.GetProperty("lines").EnumerateArray(), l => l.GetProperty("serviceCode").GetString() == "cleaning");
    }

    [Fact]
    public async Task The_report_needs_a_period_and_a_known_zone()
    {
        var response = await host.Client(Roles.UnitLeader).GetAsync("/api/assessment/follow-up/reconciliation?from=2027-01-10&to=2027-01-04&zone=Atlantis");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Support.Recipients.ErrorsAsync(response);
        Assert.True(errors.TryGetProperty("to", out _));
        Assert.True(errors.TryGetProperty("zone", out _));
        Assert.Equal(HttpStatusCode.Forbidden, (await host.Client(Roles.CareWorker).GetAsync("/api/assessment/follow-up/reconciliation?from=2027-01-04&to=2027-01-10")).StatusCode);
    }

    private static Task PublishAsync<T>(IBus bus, T message) where T : Contracts.IntegrationEvent =>
        bus.Publish(message, context => context.MessageId = message.EventId);
}
