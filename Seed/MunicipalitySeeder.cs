using System.Net;

namespace CareServices.Seed;

/// <summary>
/// Creates one municipality's zones and recipients through the API. Idempotent: the data is generated the same way
/// every run, a recipient already registered (409 with its id) who already has decisions is left as it is.
/// </summary>
public sealed class MunicipalitySeeder(GatewayClient gateway, MunicipalityPlan plan)
{
    /// <summary>Case workers registering and assessing at once, each a user of their own (the gateway limits requests per user).</summary>
    private const int CaseWorkers = 4;

    public sealed record Result(int Created, int Existing, int Decisions);

    private enum Outcome { Created, CreatedWithDecision, Existing, ExistingWithDecision }

    public async Task<Result> RunAsync()
    {
        await gateway.ExpectAsync(HttpMethod.Put, $"/api/assessment/municipalities/{plan.Number}", "Admin", plan.Number, new
        {
            name = plan.Name, country = "NO", language = "nb",
            zones = plan.Zones.Select(z => new { name = z.Name, latitude = z.Latitude, longitude = z.Longitude }),
        });
        var recipients = new RecipientGenerator(plan, DateOnly.FromDateTime(DateTime.UtcNow)).Generate();
        var outcomes = new Outcome[recipients.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, recipients.Count), new ParallelOptions { MaxDegreeOfParallelism = CaseWorkers }, async (i, _) =>
            outcomes[i] = await SeedAsync(recipients[i], $"seed-caseworker-{plan.Number}-{(i % CaseWorkers) + 1}"));
        return new Result(
            outcomes.Count(o => o is Outcome.Created or Outcome.CreatedWithDecision),
            outcomes.Count(o => o is Outcome.Existing or Outcome.ExistingWithDecision),
            outcomes.Count(o => o is Outcome.CreatedWithDecision or Outcome.ExistingWithDecision));
    }

    private async Task<Outcome> SeedAsync(GeneratedRecipient recipient, string caseWorker)
    {
        var (status, body) = await gateway.SendAsync(HttpMethod.Post, "/api/assessment/recipients", "CaseWorker", plan.Number, recipient.Registration, caseWorker);
        Guid id;
        var existing = false;
        if (status == HttpStatusCode.Created)
        {
            id = body.GetProperty("id").GetGuid();
        }
        else if (status == HttpStatusCode.Conflict)
        {
            id = body.GetProperty("existingId").GetGuid();
            existing = true;
            var known = await gateway.ExpectAsync(HttpMethod.Get, $"/api/assessment/recipients/{id}/decisions", "CaseWorker", plan.Number, user: caseWorker);
            if (known.GetArrayLength() > 0)
            {
                return Outcome.Existing;
            }
        }
        else
        {
            throw new InvalidOperationException($"registering a recipient answered {(int)status}: {body}");
        }
        if (recipient.NeedLevel == 0)
        {
            return existing ? Outcome.Existing : Outcome.Created;
        }
        await CompleteAsync(id, recipient, caseWorker);
        return existing ? Outcome.ExistingWithDecision : Outcome.CreatedWithDecision;
    }

    private async Task CompleteAsync(Guid id, GeneratedRecipient recipient, string caseWorker)
    {
        var path = $"/api/assessment/recipients/{id}";
        foreach (var person in recipient.ResourcePersons)
        {
            await gateway.ExpectAsync(HttpMethod.Post, $"{path}/resource-persons", "CaseWorker", plan.Number, person, caseWorker);
        }
        await gateway.ExpectAsync(HttpMethod.Post, $"{path}/intakes", "CaseWorker", plan.Number, recipient.Intake, caseWorker);
        await gateway.ExpectAsync(HttpMethod.Post, $"{path}/assessments", "CaseWorker", plan.Number, recipient.Assessment, caseWorker);
        var draft = await gateway.ExpectAsync(HttpMethod.Post, "/api/assessment/decisions", "CaseWorker", plan.Number, new
        {
            recipientId = id,
            validFrom = recipient.ValidFrom,
            validTo = recipient.ValidTo,
            contactPerson = new { name = recipient.ContactPerson, phone = (string?)null },
            lines = recipient.Lines,
        }, caseWorker);
        var decisionId = draft.GetProperty("id").GetGuid();
        var granted = await gateway.ExpectAsync(HttpMethod.Post, $"/api/assessment/decisions/{decisionId}/grant", "CaseWorker", plan.Number, user: caseWorker);
        var firstLine = granted.GetProperty("lines")[0].GetProperty("id").GetGuid();
        await gateway.ExpectAsync(HttpMethod.Post, $"{path}/goals", "CaseWorker", plan.Number, new
        {
            description = recipient.GoalText,
            targetDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6).ToString("yyyy-MM-dd"),
            serviceLineIds = new[] { firstLine },
        }, caseWorker);
    }
}
