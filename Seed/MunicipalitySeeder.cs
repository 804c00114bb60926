using System.Net;

namespace CareServices.Seed;

/// <summary>
/// Creates one municipality's zones and recipients through the API. Idempotent: the data is generated the same way
/// every run, a recipient already registered (409 with its id) who already has decisions is left as it is.
/// </summary>
public sealed class MunicipalitySeeder(GatewayClient gateway, MunicipalityPlan plan)
{
    public sealed record Result(int Created, int Existing, int Decisions);

    public async Task<Result> RunAsync()
    {
        await gateway.ExpectAsync(HttpMethod.Put, $"/api/assessment/municipalities/{plan.Number}", "Admin", plan.Number, new
        {
            name = plan.Name, country = "NO", language = "nb",
            zones = plan.Zones.Select(z => new { name = z.Name, latitude = z.Latitude, longitude = z.Longitude }),
        });
        int created = 0, existing = 0, decisions = 0;
        foreach (var recipient in new RecipientGenerator(plan, DateOnly.FromDateTime(DateTime.UtcNow)).Generate())
        {
            var (status, body) = await gateway.SendAsync(HttpMethod.Post, "/api/assessment/recipients", "CaseWorker", plan.Number, recipient.Registration);
            Guid id;
            if (status == HttpStatusCode.Created)
            {
                id = body.GetProperty("id").GetGuid();
                created++;
            }
            else if (status == HttpStatusCode.Conflict)
            {
                id = body.GetProperty("existingId").GetGuid();
                existing++;
                var known = await gateway.ExpectAsync(HttpMethod.Get, $"/api/assessment/recipients/{id}/decisions", "CaseWorker", plan.Number);
                if (known.GetArrayLength() > 0 || recipient.NeedLevel == 0)
                {
                    continue;
                }
            }
            else
            {
                throw new InvalidOperationException($"registering a recipient answered {(int)status}: {body}");
            }
            if (recipient.NeedLevel == 0)
            {
                continue;
            }
            decisions += await CompleteAsync(id, recipient);
        }
        return new Result(created, existing, decisions);
    }

    private async Task<int> CompleteAsync(Guid id, GeneratedRecipient recipient)
    {
        var path = $"/api/assessment/recipients/{id}";
        foreach (var person in recipient.ResourcePersons)
        {
            await gateway.ExpectAsync(HttpMethod.Post, $"{path}/resource-persons", "CaseWorker", plan.Number, person);
        }
        await gateway.ExpectAsync(HttpMethod.Post, $"{path}/intakes", "CaseWorker", plan.Number, recipient.Intake);
        await gateway.ExpectAsync(HttpMethod.Post, $"{path}/assessments", "CaseWorker", plan.Number, recipient.Assessment);
        var draft = await gateway.ExpectAsync(HttpMethod.Post, "/api/assessment/decisions", "CaseWorker", plan.Number, new
        {
            recipientId = id,
            validFrom = recipient.ValidFrom,
            validTo = recipient.ValidTo,
            contactPerson = new { name = recipient.ContactPerson, phone = (string?)null },
            lines = recipient.Lines,
        });
        var decisionId = draft.GetProperty("id").GetGuid();
        var granted = await gateway.ExpectAsync(HttpMethod.Post, $"/api/assessment/decisions/{decisionId}/grant", "CaseWorker", plan.Number);
        var firstLine = granted.GetProperty("lines")[0].GetProperty("id").GetGuid();
        await gateway.ExpectAsync(HttpMethod.Post, $"{path}/goals", "CaseWorker", plan.Number, new
        {
            description = recipient.GoalText,
            targetDate = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(6).ToString("yyyy-MM-dd"),
            serviceLineIds = new[] { firstLine },
        });
        return 1;
    }
}
