namespace CareServices.Assessment.Domain.Identity;

/// <summary>
/// Norwegian national identity number (fødselsnummer, D-number or H-number): eleven digits, DDMMYY, a three-digit
/// individual number that fixes the century, and two mod-11 check digits.
/// </summary>
public static class NorwegianNationalId
{
    private static readonly int[] FirstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] SecondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    public static NationalIdCheck Check(string? value)
    {
        if (value is null || value.Length != 11 || !value.All(char.IsAsciiDigit))
        {
            return NationalIdCheck.Fail("must be 11 digits");
        }
        var digits = value.Select(c => c - '0').ToArray();
        if (CheckDigit(digits, FirstWeights) != digits[9] || CheckDigit(digits, SecondWeights) != digits[10])
        {
            return NationalIdCheck.Fail("check digits do not match (mod 11)");
        }
        var birthDate = BirthDate(digits);
        return birthDate is null ? NationalIdCheck.Fail("does not encode a valid birth date") : NationalIdCheck.Pass(birthDate.Value, value);
    }

    /// <summary>The mod-11 digit over the leading digits; -1 when the remainder gives 10, which no valid number has.</summary>
    private static int CheckDigit(int[] digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += digits[i] * weights[i];
        }
        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => -1,
            _ => check,
        };
    }

    private static DateOnly? BirthDate(int[] digits)
    {
        var day = (digits[0] * 10) + digits[1];
        var month = (digits[2] * 10) + digits[3];
        var year = (digits[4] * 10) + digits[5];
        var individual = (digits[6] * 100) + (digits[7] * 10) + digits[8];

        if (day > 40)
        {
            day -= 40; // D-number: first digit raised by 4.
        }
        if (month > 40)
        {
            month -= 40; // H-number: third digit raised by 4.
        }

        int? century = individual switch
        {
            <= 499 => 1900,
            <= 749 when year >= 54 => 1800,
            <= 999 when year <= 39 => 2000,
            >= 900 when year >= 40 => 1900,
            _ => null,
        };
        if (century is null || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(century.Value + year, month))
        {
            return null;
        }
        return new DateOnly(century.Value + year, month, day);
    }
}
