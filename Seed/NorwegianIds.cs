namespace CareServices.Seed;

/// <summary>Fødselsnummer with both mod-11 check digits for a birth date; the individual number fixes the century.</summary>
public static class NorwegianIds
{
    private static readonly int[] First = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] Second = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    public static string For(DateOnly born, int startIndividual)
    {
        var (from, to) = born.Year >= 2000 ? (500, 999) : (0, 499);
        for (var offset = 0; offset <= to - from; offset++)
        {
            var individual = from + ((startIndividual + offset) % (to - from + 1));
            var digits = born.ToString("ddMMyy", System.Globalization.CultureInfo.InvariantCulture)
                + individual.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
            var list = digits.Select(c => c - '0').ToList();
            var k1 = Check(list, First);
            if (k1 < 0)
            {
                continue;
            }
            list.Add(k1);
            var k2 = Check(list, Second);
            if (k2 < 0)
            {
                continue;
            }
            list.Add(k2);
            return string.Concat(list);
        }
        throw new InvalidOperationException("no valid number for the date");
    }

    private static int Check(List<int> digits, int[] weights)
    {
        var rest = 11 - (digits.Zip(weights, (d, w) => d * w).Sum() % 11);
        return rest == 11 ? 0 : rest == 10 ? -1 : rest;
    }
}
