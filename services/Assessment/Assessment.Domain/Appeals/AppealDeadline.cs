namespace CareServices.Assessment.Domain.Appeals;

/// <summary>
/// The last day to appeal: the given number of weeks from the day the recipient was told of the decision. A
/// deadline that falls on a Saturday or Sunday moves to the Monday, as all three countries' procedure rules say;
/// public holidays are not known here, so a deadline on one is kept (it errs towards flagging, never refusing).
/// </summary>
public static class AppealDeadline
{
    public static DateOnly From(DateOnly notifiedOn, int weeks)
    {
        var deadline = notifiedOn.AddDays(weeks * 7);
        return deadline.DayOfWeek switch
        {
            DayOfWeek.Saturday => deadline.AddDays(2),
            DayOfWeek.Sunday => deadline.AddDays(1),
            _ => deadline,
        };
    }
}
