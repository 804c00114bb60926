using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CareServices.Bench.OtlpSender;

/// <summary>
/// Time from a recipient registration answered by the gateway until the dashboard shows its trace: first the
/// gateway's root span, then spans from all six resources (after the four consumers have run).
/// </summary>
internal static class TraceVisibility
{
    private const int AllResources = 6;

    public static async Task<int> MeasureAsync(Uri gateway, Uri dashboard, string dashboardToken, int requests)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var token = await http.PostAsJsonAsync(new Uri(gateway, "/dev/token"), new { role = "CaseWorker", municipality = "1848" });
        token.EnsureSuccessStatusCode();
        var bearer = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var api = new HttpClient { BaseAddress = dashboard, Timeout = TimeSpan.FromSeconds(10) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", dashboardToken);

        var root = new List<double>();
        var all = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            // A national id is unique per municipality: a different birth date for each registration.
            var born = new DateOnly(1920, 1, 1).AddDays(Random.Shared.Next(0, 30 * 365));
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, "/api/assessment/recipients"))
            {
                Content = JsonContent.Create(new
                {
                    name = "Bench Visibility",
                    birthDate = born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    nationalId = NationalId(born),
                    address = new { street = "Storgata 1", postalCode = "8283", city = "Leinesfjord", latitude = 67.77, longitude = 15.12 },
                    zone = "Nord-Steigen",
                    preferredLanguage = "nb",
                }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            using var response = await http.SendAsync(request);
            var answered = Stopwatch.StartNew();
            if (!response.IsSuccessStatusCode)
            {
                Console.Error.WriteLine($"registration answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                return 1;
            }

            var traceId = response.Headers.GetValues("X-Correlation-Id").First();
            double? rootSeen = null;
            while (answered.Elapsed < TimeSpan.FromSeconds(30))
            {
                using var trace = await api.GetAsync($"/api/telemetry/traces/{traceId}");
                if (trace.IsSuccessStatusCode)
                {
                    var spans = await trace.Content.ReadFromJsonAsync<JsonElement>();
                    var resources = spans.EnumerateArray().Select(s => s.GetProperty("resource").GetString()).Distinct().Count();
                    var hasRoot = spans.EnumerateArray().Any(s => s.GetProperty("parentSpanId").ValueKind == JsonValueKind.Null
                                                                 && s.GetProperty("resource").GetString() == "gateway");
                    if (hasRoot)
                    {
                        rootSeen ??= answered.Elapsed.TotalMilliseconds;
                    }

                    if (hasRoot && resources == AllResources)
                    {
                        break;
                    }
                }

                await Task.Delay(20);
            }

            root.Add(rootSeen ?? double.NaN);
            all.Add(answered.Elapsed.TotalMilliseconds);
            await Task.Delay(200);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trace visible after the response: root span median {Median(root):0} ms (max {root.Max():0}), all six resources median {Median(all):0} ms (max {all.Max():0}), {requests} requests"));
        return 0;
    }

    /// <summary>A valid Norwegian national id (both mod-11 check digits) for the birth date; each registration needs its own.</summary>
    private static string NationalId(DateOnly birthDate)
    {
        int[] first = [3, 7, 6, 1, 8, 9, 4, 5, 2], second = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        while (true)
        {
            var nine = string.Create(CultureInfo.InvariantCulture, $"{birthDate:ddMMyy}{Random.Shared.Next(0, 500):000}");
            if (CheckDigit(nine, first) is { } d1 && CheckDigit(nine + d1, second) is { } d2)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{nine}{d1}{d2}");
            }
        }
    }

    private static int? CheckDigit(string digits, int[] weights)
    {
        var check = 11 - (weights.Select((w, i) => w * (digits[i] - '0')).Sum() % 11);
        return check switch { 11 => 0, 10 => null, _ => check };
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
