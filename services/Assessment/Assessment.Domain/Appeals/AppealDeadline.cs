using CareServices.Assessment.Domain.Legal;

namespace CareServices.Assessment.Domain.Appeals;

/// <summary>
/// The last day to appeal: the given number of weeks from the day the recipient was told of the decision, moved
/// to the next open day when it falls on a weekend or a public holiday of the municipality's country.
/// </summary>
public static class AppealDeadline
{
    public static DateOnly From(string country, DateOnly notifiedOn, int weeks) =>
        DeadlineCalendar.NextOpenDay(country, notifiedOn.AddDays(weeks * 7));
}
