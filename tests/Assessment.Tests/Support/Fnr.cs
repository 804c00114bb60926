namespace CareServices.Assessment.Tests.Support;

/// <summary>Builds test national ids with correct mod-11 check digits, independently of the code under test.</summary>
public static class Fnr
{
    private static readonly int[] First = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] Second = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>The first valid number for <paramref name="ddmmyy"/> with individual number at or after <paramref name="from"/>.</summary>
    public static string Make(string ddmmyy, string from)
    {
        for (var individual = int.Parse(from, System.Globalization.CultureInfo.InvariantCulture); individual < 1000; individual++)
        {
            var digits = (ddmmyy + individual.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).Select(c => c - '0').ToList();
            var k1 = Digit(digits, First);
            if (k1 < 0)
            {
                continue;
            }
            digits.Add(k1);
            var k2 = Digit(digits, Second);
            if (k2 < 0)
            {
                continue;
            }
            digits.Add(k2);
            return string.Concat(digits);
        }
        throw new InvalidOperationException("no valid number");
    }

    private static int Digit(List<int> digits, int[] weights)
    {
        var rest = 11 - (digits.Zip(weights, (d, w) => d * w).Sum() % 11);
        return rest == 11 ? 0 : rest == 10 ? -1 : rest;
    }
}
