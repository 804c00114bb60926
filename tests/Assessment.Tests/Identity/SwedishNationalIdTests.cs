using CareServices.Assessment.Domain.Identity;
using CareServices.Assessment.Tests.Support;

namespace CareServices.Assessment.Tests.Identity;

public sealed class SwedishNationalIdTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("811218-9876", "198112189876", 1981, 12, 18)] // Skatteverket's example number
    [InlineData("19811218-9876", "198112189876", 1981, 12, 18)]
    [InlineData("198112189876", "198112189876", 1981, 12, 18)]
    [InlineData("8112189876", "198112189876", 1981, 12, 18)]
    public void A_number_with_the_right_Luhn_digit_is_valid_and_canonical_with_its_century(string number, string canonical, int year, int month, int day)
    {
        var check = SwedishNationalId.Check(number, Today);

        Assert.True(check.IsValid, check.Rule);
        Assert.Equal(canonical, check.Canonical);
        Assert.Equal(new DateOnly(year, month, day), check.BirthDate);
    }

    [Fact]
    public void A_plus_separator_marks_a_person_of_a_hundred_or_more()
    {
        var number = NationalIdNumbers.Swedish(new DateOnly(1924, 3, 1), 123)[2..].Replace("-", "+", StringComparison.Ordinal);

        var check = SwedishNationalId.Check(number, Today);

        Assert.True(check.IsValid, check.Rule);
        Assert.Equal(new DateOnly(1924, 3, 1), check.BirthDate);
    }

    [Fact]
    public void A_coordination_number_has_sixty_added_to_the_day()
    {
        var check = SwedishNationalId.Check(WithLuhn("500467456"), Today); // 7 April 1950, day 07 + 60

        Assert.True(check.IsValid, check.Rule);
        Assert.Equal(new DateOnly(1950, 4, 7), check.BirthDate);
    }

    [Theory]
    [InlineData("811218-9875")]
    [InlineData("811218-9866")]
    [InlineData("19811218-9877")]
    public void A_wrong_Luhn_digit_is_rejected(string number) =>
        Assert.Equal("check digit does not match (Luhn)", SwedishNationalId.Check(number, Today).Rule);

    [Theory]
    [InlineData("")]
    [InlineData("811218_9876")]
    [InlineData("81121898")]
    [InlineData("81121a-9876")]
    [InlineData(null)]
    public void Anything_but_ten_or_twelve_digits_is_rejected(string? number) =>
        Assert.StartsWith("must be 10 or 12 digits", SwedishNationalId.Check(number, Today).Rule, StringComparison.Ordinal);

    [Fact]
    public void A_right_Luhn_digit_around_an_impossible_date_is_rejected()
    {
        var check = SwedishNationalId.Check(WithLuhn("811318987"), Today); // month 13

        Assert.Equal("does not encode a valid birth date", check.Rule);
    }

    /// <summary>YYMMDD-NNNC from the nine leading digits, with the Luhn digit computed here.</summary>
    private static string WithLuhn(string nine)
    {
        var sum = nine.Select((c, i) => (c - '0') * (i % 2 == 0 ? 2 : 1)).Sum(p => (p / 10) + (p % 10));
        return $"{nine[..6]}-{nine[6..]}{(10 - (sum % 10)) % 10}";
    }
}
