using System.Collections.Concurrent;
using System.Globalization;

namespace CareServices.TestSupport;

/// <summary>
/// Norwegian national ids (fødselsnummer) with both mod-11 check digits, built independently of the code under test.
/// Every id handed out is remembered, so a log scan can prove none of them was written anywhere.
/// </summary>
public static class NationalIds
{
    private static readonly int[] FirstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] SecondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    private static readonly ConcurrentDictionary<string, bool> IssuedIds = new(StringComparer.Ordinal);

    /// <summary>Every id handed out in this run.</summary>
    public static IReadOnlyCollection<string> Issued => [.. IssuedIds.Keys];

    /// <summary>
    /// The first id with check digits for the six digits <paramref name="ddmmyy"/> (a D-number's day + 40, or no date at
    /// all, as a test needs) and an individual number at or after <paramref name="from"/>.
    /// </summary>
    public static string Make(string ddmmyy, int from)
    {
        var id = Build(ddmmyy, from) ?? throw new InvalidOperationException($"No valid id for {ddmmyy} from individual number {from}.");
        IssuedIds.TryAdd(id, true);
        return id;
    }

    /// <summary>An id for someone born on <paramref name="birthDate"/> in 1900–1999 that this run has not handed out before.</summary>
    public static string For(DateOnly birthDate)
    {
        var date = birthDate.ToString("ddMMyy", CultureInfo.InvariantCulture);
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            // Individual numbers 000–499 stand for the 1900s.
            if (Build(date, Random.Shared.Next(0, 500)) is { } id && string.CompareOrdinal(id, 6, "500", 0, 3) < 0 && IssuedIds.TryAdd(id, true))
            {
                return id;
            }
        }
        throw new InvalidOperationException($"Every id for {birthDate} has been handed out.");
    }

    /// <summary>A new id for someone born 17 May 1938.</summary>
    public static string Next() => For(new DateOnly(1938, 5, 17));

    private static string? Build(string ddmmyy, int from)
    {
        for (var individual = from; individual < 1000; individual++)
        {
            var nine = ddmmyy + individual.ToString("D3", CultureInfo.InvariantCulture);
            if (CheckDigit(nine, FirstWeights) is { } first && CheckDigit(nine + first, SecondWeights) is { } second)
            {
                return $"{nine}{first}{second}";
            }
        }
        return null;
    }

    /// <summary>11 − (weighted sum mod 11), where 11 means 0 and 10 means no valid id has these digits.</summary>
    private static int? CheckDigit(string digits, int[] weights)
    {
        var check = 11 - (weights.Select((weight, i) => weight * (digits[i] - '0')).Sum() % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }
}
