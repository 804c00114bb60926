using CareServices.ServiceDefaults.Problems;

namespace CareServices.ServiceDefaults.Tests.Problems;

public sealed class PagingTests
{
    [Theory]
    [InlineData(0, 50, "page")]
    [InlineData(Paging.MaxPage + 1, 50, "page")]
    [InlineData(int.MaxValue, 200, "page")]
    [InlineData(1, 0, "pageSize")]
    [InlineData(1, 201, "pageSize")]
    public void A_page_or_size_out_of_range_is_refused_naming_it(int page, int pageSize, string field)
    {
        var errors = Paging.Validate(page, pageSize, maxPageSize: 200).ToDictionary();

        Assert.Equal([field], errors.Keys);
    }

    [Fact]
    public void The_last_allowed_page_at_the_largest_size_skips_a_count_that_fits()
    {
        Assert.True(Paging.Validate(Paging.MaxPage, 200, maxPageSize: 200).IsEmpty);
        Assert.Equal(199_999_800, Paging.Skip(Paging.MaxPage, 200));
    }
}
