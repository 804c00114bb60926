namespace CareServices.Scheduling.Tests.Support;

/// <summary>Valid Norwegian national ids (mod-11 check digits) for recipients registered in Assessment, a new one per call.</summary>
public static class NationalIds
{
    private static readonly int[] First = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] Second = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    private static int _individual = Random.Shared.Next(400);

    public static string Next()
    {
        while (true)
        {
            var individual = Interlocked.Increment(ref _individual) % 500;
            var digits = $"170538{individual:D3}".Select(c => c - '0').ToList();
            var k1 = Check(digits, First);
            if (k1 < 0)
            {
                continue;
            }
            digits.Add(k1);
            var k2 = Check(digits, Second);
            if (k2 >= 0)
            {
                return string.Concat(digits.Append(k2));
            }
        }
    }

    private static int Check(List<int> digits, int[] weights)
    {
        var rest = 11 - (digits.Zip(weights, (d, w) => d * w).Sum() % 11);
        return rest == 11 ? 0 : rest == 10 ? -1 : rest;
    }
}
