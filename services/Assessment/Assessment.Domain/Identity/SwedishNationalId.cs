namespace CareServices.Assessment.Domain.Identity;

/// <summary>
/// Swedish personnummer (or samordningsnummer, day + 60): YYYYMMDD-NNNC or YYMMDD-NNNC, where C is the Luhn digit
/// over the ten digits YYMMDDNNN. In the ten-digit form "+" marks a person of 100 or more, so the century follows
/// from the separator and today's date. Stored canonically as twelve digits.
/// </summary>
public static class SwedishNationalId
{
    public static NationalIdCheck Check(string? value, DateOnly today)
    {
        if (value is null)
        {
            return NationalIdCheck.Fail("must be 10 or 12 digits (YYYYMMDD-NNNC or YYMMDD-NNNC)");
        }
        var compact = value.Trim();
        var centenarian = compact.Length == 11 && compact[6] == '+';
        if ((compact.Length == 11 && compact[6] is '-' or '+') || (compact.Length == 13 && compact[8] == '-'))
        {
            compact = compact.Remove(compact.Length - 5, 1);
        }
        if (compact.Length is not (10 or 12) || !compact.All(char.IsAsciiDigit))
        {
            return NationalIdCheck.Fail("must be 10 or 12 digits (YYYYMMDD-NNNC or YYMMDD-NNNC)");
        }

        var tenDigits = compact.Length == 12 ? compact[2..] : compact;
        if (LuhnDigit(tenDigits.AsSpan(0, 9)) != tenDigits[9] - '0')
        {
            return NationalIdCheck.Fail("check digit does not match (Luhn)");
        }

        var yy = Number(tenDigits, 0);
        var month = Number(tenDigits, 2);
        var day = Number(tenDigits, 4);
        if (day > 60)
        {
            day -= 60; // Samordningsnummer: the day raised by 60.
        }
        int year;
        if (compact.Length == 12)
        {
            year = Number(compact, 0) * 100 + yy;
        }
        else
        {
            // The latest year ending in yy not after today, one century back for "+".
            year = today.Year - ((today.Year - yy) % 100 + 100) % 100;
            if (centenarian)
            {
                year -= 100;
            }
        }
        if (month is < 1 or > 12 || day < 1 || year < 1800 || day > DateTime.DaysInMonth(year, month))
        {
            return NationalIdCheck.Fail("does not encode a valid birth date");
        }
        var birthDate = new DateOnly(year, month, day);
        if (compact.Length == 10 && birthDate > today)
        {
            birthDate = birthDate.AddYears(-100);
        }
        return NationalIdCheck.Pass(birthDate, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{birthDate.Year / 100:D2}{tenDigits}"));
    }

    /// <summary>Luhn: double every other digit from the left (weights 2,1,2,1,…), sum the digits, take the rest to ten.</summary>
    internal static int LuhnDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var product = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product > 9 ? product - 9 : product;
        }
        return (10 - (sum % 10)) % 10;
    }

    private static int Number(string digits, int at) => ((digits[at] - '0') * 10) + (digits[at + 1] - '0');
}
