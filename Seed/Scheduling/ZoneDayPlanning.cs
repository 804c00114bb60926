using System.Net;
using System.Text.Json;

namespace CareServices.Seed.Scheduling;

/// <summary>
/// Plans and publishes zone-days through Scheduling's API, as the zones' planners would. Each zone's days go in date
/// order, the next queued as soon as the one before is published (so its plan knows who visited the day before),
/// and the zones side by side, so Scheduling's worker always has the next run waiting. A zone-day already published
/// is left as it is; one already being planned is waited for.
/// </summary>
public sealed class ZoneDayPlanning(GatewayClient gateway, string municipality)
{
    private const string Planner = "Planner";

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Zone-days published by this call, and the visits of their plans (planned or not) and those left unassigned.</summary>
    public sealed record Result(int Published, int Visits, int Unassigned);

    private sealed record Queued(string Zone, DateOnly Date, Guid PlanId, string User);

    public async Task<Result> PlanAndPublishAsync(IEnumerable<(string Zone, DateOnly Date)> zoneDays, int timeLimitSeconds)
    {
        var chains = zoneDays.GroupBy(d => d.Zone).Select(zone => PlanZoneAsync(zone.Key, [.. zone.Select(d => d.Date).Order()], timeLimitSeconds));
        var results = await Task.WhenAll(chains);
        return new Result(results.Sum(r => r.Published), results.Sum(r => r.Visits), results.Sum(r => r.Unassigned));
    }

    private async Task<Result> PlanZoneAsync(string zone, IReadOnlyList<DateOnly> dates, int timeLimitSeconds)
    {
        // A planner of the zone: each a user of their own, within the gateway's per-user rate limit while they poll.
        var user = $"seed-planner-{municipality}-{zone.ToLowerInvariant()}";
        int published = 0, visits = 0, unassigned = 0;
        foreach (var date in dates)
        {
            if (await QueueAsync(zone, date, timeLimitSeconds, user) is not { } planId)
            {
                continue;
            }
            var run = new Queued(zone, date, planId, user);
            var plan = await WaitForPlanAsync(run);
            if (plan.GetProperty("status").GetString() == "done")
            {
                await gateway.ExpectAsync(HttpMethod.Post, $"/api/scheduling/plans/{planId}/publish", Planner, municipality, user: user);
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
    private async Task<Guid?> QueueAsync(string zone, DateOnly date, int timeLimitSeconds, string user)
    {
        var runs = await gateway.ExpectAsync(HttpMethod.Get, $"/api/scheduling/plans?zone={Uri.EscapeDataString(zone)}&date={date:yyyy-MM-dd}", Planner, municipality, user: user);
        if (runs.EnumerateArray().Any(r => r.GetProperty("status").GetString() == "published"))
        {
            return null;
        }
        var (status, body) = await gateway.SendAsync(HttpMethod.Post, "/api/scheduling/plans", Planner, municipality, new { zone, date, timeLimitSeconds }, user);
        return status switch
        {
            HttpStatusCode.Accepted => body.GetProperty("planIds")[0].GetGuid(),
            HttpStatusCode.Conflict => body.GetProperty("runningPlanId").GetGuid(),
            HttpStatusCode.NotFound => null,
            _ => throw new InvalidOperationException($"POST /api/scheduling/plans answered {(int)status}: {body}"),
        };
    }

    /// <summary>Polls a run until it is done or published; at most one run per zone is queued, so five minutes is ample.</summary>
    private async Task<JsonElement> WaitForPlanAsync(Queued run)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (true)
        {
            var plan = await gateway.ExpectAsync(HttpMethod.Get, $"/api/scheduling/plans/{run.PlanId}", Planner, municipality, user: run.User);
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
