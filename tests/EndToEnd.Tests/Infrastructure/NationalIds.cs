namespace CareServices.EndToEnd.Tests.Infrastructure;

/// <summary>Valid Norwegian national ids (fødselsnummer) with both mod-11 check digits.</summary>
public static class NationalIds
{
    private static readonly System.Collections.Concurrent.ConcurrentBag<string> IssuedIds = [];

    /// <summary>Every id handed out in this run, for the scan that proves none of them reached a log.</summary>
    public static IReadOnlyCollection<string> Issued => IssuedIds;

    private static readonly int[] FirstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] SecondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>A random valid id for someone born in 1900–1999 on <paramref name="birthDate"/> (individual number 000–499).</summary>
    public static string For(DateOnly birthDate)
    {
        while (true)
        {
            var nine = $"{birthDate:ddMMyy}{Random.Shared.Next(0, 500):000}";
            var first = CheckDigit(nine, FirstWeights);
            if (first is null)
            {
                continue;
            }

            var second = CheckDigit(nine + first, SecondWeights);
            if (second is not null)
            {
                var id = $"{nine}{first}{second}";
                IssuedIds.Add(id);
                return id;
            }
        }
    }

    /// <summary>11 − (weighted sum mod 11), where 11 means 0 and 10 means no valid id has these digits.</summary>
    private static int? CheckDigit(string digits, int[] weights)
    {
        var sum = weights.Select((weight, i) => weight * (digits[i] - '0')).Sum();
        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }
}
