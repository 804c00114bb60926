namespace CareServices.Assessment.Domain.Identity;

/// <summary>
/// Danish CPR number: DDMMYY-SSSS. The seventh digit and the year fix the century; the modulus-11 control
/// (weights 4,3,2,7,6,5,4,3,2,1) must give a sum divisible by 11. Since 2007 the CPR office has issued some
/// numbers without the modulus-11 control for birth dates whose series ran out; such a person cannot be
/// registered here yet and needs a registration rule of its own (a listed exception), not a weaker check for all.
/// </summary>
public static class DanishNationalId
{
    private static readonly int[] Weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

    public static NationalIdCheck Check(string? value)
    {
        var compact = value?.Trim();
        if (compact is { Length: 11 } && compact[6] == '-')
        {
            compact = compact.Remove(6, 1);
        }
        if (compact is not { Length: 10 } || !compact.All(char.IsAsciiDigit))
        {
            return NationalIdCheck.Fail("must be 10 digits (DDMMYY-SSSS)");
        }
        var digits = compact.Select(c => c - '0').ToArray();
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += digits[i] * Weights[i];
        }
        if (sum % 11 != 0)
        {
            return NationalIdCheck.Fail("control digit does not match (modulus 11)");
        }

        var day = (digits[0] * 10) + digits[1];
        var month = (digits[2] * 10) + digits[3];
        var yy = (digits[4] * 10) + digits[5];
        var century = digits[6] switch
        {
            <= 3 => 1900,
            4 or 9 => yy <= 36 ? 2000 : 1900,
            _ => yy <= 57 ? 2000 : 1800,
        };
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(century + yy, month))
        {
            return NationalIdCheck.Fail("does not encode a valid birth date");
        }
        return NationalIdCheck.Pass(new DateOnly(century + yy, month, day), compact);
    }
}
