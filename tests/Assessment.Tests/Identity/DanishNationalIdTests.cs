using CareServices.Assessment.Domain.Identity;
using CareServices.Assessment.Tests.Support;

namespace CareServices.Assessment.Tests.Identity;

public sealed class DanishNationalIdTests
{
    [Theory]
    [InlineData("070761-4285", 1961, 7, 7)] // century digit 4, year 61: 1900s
    [InlineData("0707614285", 1961, 7, 7)]
    public void A_number_whose_weighted_sum_divides_by_eleven_is_valid(string number, int year, int month, int day)
    {
        var check = DanishNationalId.Check(number);

        Assert.True(check.IsValid, check.Rule);
        Assert.Equal("0707614285", check.Canonical);
        Assert.Equal(new DateOnly(year, month, day), check.BirthDate);
    }

    [Fact]
    public void The_seventh_digit_and_the_year_fix_the_century()
    {
        var born = new DateOnly(1938, 5, 17);
        var number = NationalIdNumbers.Danish(born);

        var check = DanishNationalId.Check(number);

        Assert.True(check.IsValid, check.Rule);
        Assert.Equal(born, check.BirthDate);
    }

    [Theory]
    [InlineData("070761-4286")]
    [InlineData("070761-4275")]
    public void A_wrong_control_digit_is_rejected(string number) =>
        Assert.Equal("control digit does not match (modulus 11)", DanishNationalId.Check(number).Rule);

    [Theory]
    [InlineData("")]
    [InlineData("070761+4285")]
    [InlineData("07076142851")]
    [InlineData(null)]
    public void Anything_but_ten_digits_is_rejected(string? number) =>
        Assert.Equal("must be 10 digits (DDMMYY-SSSS)", DanishNationalId.Check(number).Rule);

    [Fact]
    public void A_right_control_digit_around_an_impossible_date_is_rejected()
    {
        int[] weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
        var number = Enumerable.Range(1000, 3000).Select(s => $"310261{s}")
            .First(d => d.Select((c, i) => (c - '0') * weights[i]).Sum() % 11 == 0);

        Assert.Equal("does not encode a valid birth date", DanishNationalId.Check(number).Rule);
    }
}
