using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace CareServices.Bench.OtlpSender;

/// <summary>
/// Light load for the memory run: recipient registrations through the gateway, each fanning out over RabbitMQ to
/// all five services, with their traces, logs and metrics going to the dashboard.
/// </summary>
internal static class Registrations
{
    public static async Task<int> RunAsync(Uri gateway, int requests)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var token = await http.PostAsJsonAsync(new Uri(gateway, "/dev/token"), new { role = "CaseWorker", municipality = "1848" });
        token.EnsureSuccessStatusCode();
        var bearer = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var failed = 0;
        for (var i = 0; i < requests; i++)
        {
            // A national id is unique per municipality: a different birth date for each registration.
            var born = new DateOnly(1920, 1, 1).AddDays(Random.Shared.Next(0, 30 * 365));
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, "/api/assessment/recipients"))
            {
                Content = JsonContent.Create(new
                {
                    name = "Bench Load",
                    birthDate = born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    nationalId = NationalId(born),
                    address = new { street = "Storgata 1", postalCode = "8283", city = "Leinesfjord", latitude = 67.77, longitude = 15.12 },
                    zone = "Nord-Steigen",
                    preferredLanguage = "nb",
                }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
            using var response = await http.SendAsync(request);
            if (!response.IsSuccessStatusCode)
            {
                failed++;
                Console.Error.WriteLine($"registration answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            await Task.Delay(200);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{requests - failed} of {requests} registrations answered"));
        return failed == 0 ? 0 : 1;
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
}
