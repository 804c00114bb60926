using System.Globalization;

namespace CareServices.Assessment.Tests.Support;

/// <summary>Builds valid Swedish and Danish test numbers, independently of the code under test.</summary>
public static class NationalIdNumbers
{
    /// <summary>YYYYMMDD-NNNC with the Luhn digit over YYMMDDNNN.</summary>
    public static string Swedish(DateOnly born, int serial)
    {
        var nine = born.ToString("yyMMdd", CultureInfo.InvariantCulture) + serial.ToString("D3", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var product = (nine[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += (product / 10) + (product % 10);
        }
        return $"{born.Year / 100:D2}{nine[..6]}-{nine[6..]}{(10 - (sum % 10)) % 10}";
    }

    /// <summary>DDMMYY-SSSS whose weighted sum (4,3,2,7,6,5,4,3,2,1) divides by 11, with a 1900s century digit.</summary>
    public static string Danish(DateOnly born, int from = 1000)
    {
        int[] weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
        for (var serial = from; serial < 4000; serial++)
        {
            var digits = born.ToString("ddMMyy", CultureInfo.InvariantCulture) + serial.ToString("D4", CultureInfo.InvariantCulture);
            if (digits.Select((c, i) => (c - '0') * weights[i]).Sum() % 11 == 0)
            {
                return $"{digits[..6]}-{digits[6..]}";
            }
        }
        throw new InvalidOperationException("no valid number");
    }
}
