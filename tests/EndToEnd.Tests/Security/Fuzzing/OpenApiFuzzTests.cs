using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CareServices.EndToEnd.Tests.Infrastructure;
using Aspire.Hosting.Testing;
using CsCheck;
using Microsoft.OpenApi;

namespace CareServices.EndToEnd.Tests.Security.Fuzzing;

/// <summary>
/// Requests generated from every service's OpenAPI document, sent through the gateway with tokens of several roles:
/// whatever arrives — valid, boundary, malformed or not JSON at all — no answer is a 5xx, and every 4xx is a
/// ProblemDetails. A short run here (<see cref="DefaultRequestsPerService"/> per service);
/// <c>CARESERVICES_FUZZ_REQUESTS=10000</c> runs the long one (docs/security.md). Municipality 0301, so the
/// records it makes stay out of the other scenarios' way.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class OpenApiFuzzTests(AppHostFixture fixture)
{
    private const int DefaultRequestsPerService = 150;
    private const string Municipality = "0301";

    /// <summary>Roles that pass the gateway's route policies, so requests reach the services' own validation.</summary>
    private static readonly string[] Roles = ["Admin", "CaseWorker", "Planner", "Nurse", "CareWorker", "UnitLeader", "VolunteerCoordinator"];

    /// <summary>Hosting endpoints the gateway does not route; they have no request to fuzz.</summary>
    private static readonly string[] Skipped = ["/health", "/alive", "/openapi", "/admin/"];

    /// <summary>Spread over the roles, about 430 requests per subject: under the per-user limit even within a minute.</summary>
    private const int RequestsPerSubjects = 3000;

    public static TheoryData<string> Services() => new(AppHostFixture.Services);

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Generated_requests_never_get_a_5xx_and_every_4xx_is_a_problem_details(string service)
    {
        var operations = await OperationsAsync(service);
        Assert.NotEmpty(operations);
        var clients = await ClientsAsync(service, subjects: 0);
        var generator = new RequestGenerator(Roles, await KnownIdsAsync(clients["CaseWorker"]));
        var requests = Gen.OneOf([.. operations.Select(generator.For)]);
        var count = RequestsPerService();
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();

        // A seed per run, printed with any failure, so a failing sequence can be generated again.
        var seed = (ulong)Random.Shared.NextInt64();
        var pcg = new PCG(1, seed);
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && i % RequestsPerSubjects == 0)
            {
                Dispose(clients);
                clients = await ClientsAsync(service, i / RequestsPerSubjects);
            }
            var request = requests.Generate(pcg, null, out _);
            await SendAsync(clients[request.Role], request, statuses, failures);
        }

        try
        {
            Assert.True(failures.Count == 0,
                $"{service} (seed {seed}): {failures.Count} of {count} requests broke the rules (statuses {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}):\n{string.Join('\n', failures.Take(15))}");
            // The run reached the services' own rules, not only the gateway's refusals.
            Assert.Contains(statuses.Keys, status => status is >= 200 and < 300 or 400 or 404 or 409 or 422);
        }
        finally
        {
            Dispose(clients);
        }
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_its_field_and_unreadable_json_one_naming_the_body()
    {
        using var planner = await ClientAsync("Planner", "scheduling");

        using var wrongType = await planner.PostAsync("/api/scheduling/staff",
            new StringContent("{\"name\":\"Kari\",\"employmentPercentage\":\"full\"}", Encoding.UTF8, "application/json"));
        using var notJson = await planner.PostAsync("/api/scheduling/staff", new StringContent("{\"name\":", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Equal("application/problem+json", wrongType.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await wrongType.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("employmentPercentage", out _), problem.RootElement.ToString());
        Assert.DoesNotContain("full", problem.RootElement.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.True(JsonDocument.Parse(await notJson.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty("body", out _));
    }

    private static async Task SendAsync(HttpClient client, FuzzRequest request, IDictionary<int, int> statuses, List<string> failures)
    {
        using var message = new HttpRequestMessage(request.Operation.Method, request.Path);
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8, "application/json");
        }
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message);
        }
        catch (HttpRequestException exception)
        {
            failures.Add($"no answer ({exception.Message}): {request}");
            return;
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            statuses[status] = statuses.TryGetValue(status, out var n) ? n + 1 : 1;
            if (status >= 500)
            {
                failures.Add($"{status}: {request} → {await Excerpt(response)}");
            }
            else if (status >= 400 && !await IsProblemDetailsAsync(response, status))
            {
                failures.Add($"{status} without ProblemDetails ({response.Content.Headers.ContentType}): {request} → {await Excerpt(response)}");
            }
        }
    }

    private async Task<IReadOnlyList<FuzzOperation>> OperationsAsync(string service)
    {
        using var http = new HttpClient { BaseAddress = fixture.App.GetEndpoint(service, "http"), Timeout = TimeSpan.FromSeconds(30) };
        await using var stream = await http.GetStreamAsync("/openapi/v1.json");
        var read = await OpenApiDocument.LoadAsync(stream, "json");
        Assert.NotNull(read.Document);
        return FuzzOperation.From(service, read.Document)
            .Where(o => o.PathTemplate.StartsWith($"/api/{service}/", StringComparison.Ordinal) || o.PathTemplate.StartsWith("/public/", StringComparison.Ordinal))
            .Where(o => !Skipped.Any(prefix => o.PathTemplate.Contains(prefix, StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>
    /// A subject per service, role and <paramref name="subjects"/> generation keeps each under the gateway's per-user
    /// limit (600 a minute): a long run takes new subjects every <see cref="RequestsPerSubjects"/> requests, so its
    /// requests reach the services instead of the limiter's 429.
    /// </summary>
    private Task<HttpClient> ClientAsync(string role, string service, int subjects = 0) =>
        fixture.ClientForAsync(role, Municipality, subject: $"fuzz-{service}-{role}-{subjects}");

    private async Task<Dictionary<string, HttpClient>> ClientsAsync(string service, int subjects)
    {
        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Roles)
        {
            clients[role] = await ClientAsync(role, service, subjects);
        }
        return clients;
    }

    private static void Dispose(Dictionary<string, HttpClient> clients)
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    /// <summary>A recipient of the municipality, so some generated ids name a record that exists.</summary>
    private static async Task<IReadOnlyList<Guid>> KnownIdsAsync(HttpClient caseWorker)
    {
        using var registered = await caseWorker.PostAsJsonAsync("/api/assessment/recipients", new
        {
            name = "Fuzz Testesen",
            birthDate = "1940-05-17",
            address = new { street = "Tøyengata 1", postalCode = "0190", city = "Oslo", latitude = 59.91, longitude = 10.76 },
            zone = "Gamle Oslo vest",
            preferredLanguage = "nb",
        });
        return registered.StatusCode == HttpStatusCode.Created
            ? [(await registered.Content.ReadFromJsonAsync<IdOnly>())!.Id]
            : [];
    }

    private static int RequestsPerService() =>
        int.TryParse(Environment.GetEnvironmentVariable("CARESERVICES_FUZZ_REQUESTS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : DefaultRequestsPerService;

    /// <summary>Labelled <c>application/problem+json</c>, and a JSON object with the response's own status.</summary>
    private static async Task<bool> IsProblemDetailsAsync(HttpResponseMessage response, int status)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return false;
        }
        try
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return body.RootElement.ValueKind == JsonValueKind.Object
                && body.RootElement.TryGetProperty("status", out var value) && value.TryGetInt32(out var stated) && stated == status;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task<string> Excerpt(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return body.Length <= 400 ? body : body[..400] + "…";
    }

    private sealed record IdOnly(Guid Id);
}
