using CareServices.Assessment.Domain.Identity;
using CareServices.Assessment.Tests.Support;
using NationalIds = CareServices.TestSupport.NationalIds;

namespace CareServices.Assessment.Tests.Identity;

public sealed class NorwegianNationalIdTests
{
    [Theory]
    [InlineData("17053810160", 1938, 5, 17)]
    [InlineData("01010100050", 1901, 1, 1)]
    [InlineData("01010150074", 2001, 1, 1)]
    public void A_number_with_both_check_digits_right_is_valid_and_gives_its_birth_date(string number, int year, int month, int day)
    {
        var check = NorwegianNationalId.Check(number);

        Assert.True(check.IsValid, check.Rule);
        Assert.Equal(new DateOnly(year, month, day), check.BirthDate);
    }

    [Fact]
    public void A_D_number_has_four_added_to_its_first_digit()
    {
        var check = NorwegianNationalId.Check(NationalIds.Make("570538", 100));

        Assert.True(check.IsValid, check.Rule);
        Assert.Equal(new DateOnly(1938, 5, 17), check.BirthDate);
    }

    [Theory]
    [InlineData("17053810161")]
    [InlineData("17053810170")]
    public void A_wrong_check_digit_is_rejected(string number) =>
        Assert.Equal("check digits do not match (mod 11)", NorwegianNationalId.Check(number).Rule);

    [Theory]
    [InlineData("")]
    [InlineData("1705381016")]
    [InlineData("170538101600")]
    [InlineData("1705381016a")]
    [InlineData(null)]
    public void Anything_but_eleven_digits_is_rejected(string? number) =>
        Assert.Equal("must be 11 digits", NorwegianNationalId.Check(number).Rule);

    [Fact]
    public void Right_check_digits_around_an_impossible_date_are_rejected() =>
        Assert.Equal("does not encode a valid birth date", NorwegianNationalId.Check(NationalIds.Make("310238", 100)).Rule);
}
