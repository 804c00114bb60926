namespace CareServices.Bench.Scheduling;

/// <summary>Valid Norwegian national ids (mod-11 check digits) with their birth dates: the n-th of a fixed series.</summary>
public static class NationalIds
{
    private static readonly int[] First = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] Second = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    public static (string BirthDate, string NationalId) Nth(int n)
    {
        var found = -1;
        for (var serial = 0; ; serial++)
        {
            var day = 1 + serial / 500 % 28;
            var month = 1 + serial / (500 * 28) % 12;
            var digits = $"{day:D2}{month:D2}38{serial % 500:D3}".Select(c => c - '0').ToList();
            var k1 = Check(digits, First);
            if (k1 < 0)
            {
                continue;
            }
            var k2 = Check([.. digits, k1], Second);
            if (k2 >= 0 && ++found == n)
            {
                return ($"1938-{month:D2}-{day:D2}", string.Concat(digits.Append(k1).Append(k2)));
            }
        }
    }

    private static int Check(List<int> digits, int[] weights)
    {
        var rest = 11 - (digits.Zip(weights, (d, w) => d * w).Sum() % 11);
        return rest == 11 ? 0 : rest == 10 ? -1 : rest;
    }
}
