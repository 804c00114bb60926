using System.Net;
using System.Text.Json;

namespace CareServices.Seed.Scheduling;

/// <summary>
/// Plans and publishes zone-days through Scheduling's API as a planner would. Every zone-day not yet published is
/// queued at once, so Scheduling's worker plans them back to back without waiting for the seeder, which publishes
/// each plan as it finishes while the next ones are planned. A zone-day already published is left as it is; one
/// already being planned is waited for.
/// </summary>
public sealed class ZoneDayPlanning(GatewayClient gateway, string municipality)
{
    private const string Planner = "Planner";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Zone-days published by this call, and the visits of their plans (planned or not) and those left unassigned.</summary>
    public sealed record Result(int Published, int Visits, int Unassigned);

    private sealed record Queued(string Zone, DateOnly Date, Guid PlanId);

    public async Task<Result> PlanAndPublishAsync(IEnumerable<(string Zone, DateOnly Date)> zoneDays, int timeLimitSeconds)
    {
        var queued = new List<Queued>();
        foreach (var (zone, date) in zoneDays)
        {
            if (await QueueAsync(zone, date, timeLimitSeconds) is { } planId)
            {
                queued.Add(new Queued(zone, date, planId));
            }
        }
        int published = 0, visits = 0, unassigned = 0;
        // In queue order: when one is done, those before it are too.
        foreach (var run in queued)
        {
            var plan = await WaitForPlanAsync(run);
            if (plan.GetProperty("status").GetString() == "done")
            {
                await gateway.ExpectAsync(HttpMethod.Post, $"/api/scheduling/plans/{run.PlanId}/publish", Planner, municipality);
            }
            published++;
            if (plan.GetProperty("figures") is { ValueKind: JsonValueKind.Object } figures)
            {
                visits += figures.GetProperty("visits").GetInt32();
                unassigned += figures.GetProperty("unassigned").GetInt32();
            }
        }
        return new Result(published, visits, unassigned);
    }

    /// <summary>The run that plans the zone-day (a new one, or the one already under way); null when it is published or the zone is unknown.</summary>
    private async Task<Guid?> QueueAsync(string zone, DateOnly date, int timeLimitSeconds)
    {
        var runs = await gateway.ExpectAsync(HttpMethod.Get, $"/api/scheduling/plans?zone={Uri.EscapeDataString(zone)}&date={date:yyyy-MM-dd}", Planner, municipality);
        if (runs.EnumerateArray().Any(r => r.GetProperty("status").GetString() == "published"))
        {
            return null;
        }
        var (status, body) = await gateway.SendAsync(HttpMethod.Post, "/api/scheduling/plans", Planner, municipality, new { zone, date, timeLimitSeconds });
        return status switch
        {
            HttpStatusCode.Accepted => body.GetProperty("planIds")[0].GetGuid(),
            HttpStatusCode.Conflict => body.GetProperty("runningPlanId").GetGuid(),
            HttpStatusCode.NotFound => null,
            _ => throw new InvalidOperationException($"POST /api/scheduling/plans answered {(int)status}: {body}"),
        };
    }

    /// <summary>Polls a run until it is done or published; the runs queued before it have finished by then, so five minutes is ample.</summary>
    private async Task<JsonElement> WaitForPlanAsync(Queued run)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            var plan = await gateway.ExpectAsync(HttpMethod.Get, $"/api/scheduling/plans/{run.PlanId}", Planner, municipality);
            switch (plan.GetProperty("status").GetString())
            {
                case "done" or "published":
                    return plan;
                case "failed":
                    throw new InvalidOperationException($"planning {run.Zone} on {run.Date:yyyy-MM-dd} failed: {plan.GetProperty("error")}");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"planning {run.Zone} on {run.Date:yyyy-MM-dd} did not finish in five minutes");
            }
            await Task.Delay(PollInterval);
        }
    }
}
