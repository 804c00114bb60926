using CareServices.Scheduling.Domain.Demand;

namespace CareServices.Scheduling.Tests.Domain;

public sealed class VisitDemandTests
{
    private static readonly DateOnly Monday = new(2026, 3, 23);

    private static CareTask Task(string code, int minutes, string rule, TimeOnly start, TimeOnly end, bool doubleStaffing = false, string competence = "healthWorker") =>
        CareTask.Create("1848", Guid.Empty, Guid.NewGuid(), 1, Guid.NewGuid(), code, competence, minutes, doubleStaffing, rule, start, end, Monday, null);

    [Fact]
    public void Tasks_of_one_shift_with_overlapping_windows_become_one_longer_visit()
    {
        var tasks = new[]
        {
            Task("morning-care", 30, "FREQ=DAILY", new(8, 0), new(10, 0)),
            Task("shower", 45, "FREQ=WEEKLY;BYDAY=TH", new(8, 30), new(11, 0)),
            Task("supper", 20, "FREQ=DAILY", new(17, 0), new(18, 0)),
        };

        var visits = VisitDemand.Expand(tasks, Monday, Monday.AddDays(6));

        var thursday = visits.Where(v => v.Date == Monday.AddDays(3)).ToList();
        Assert.Equal(2, thursday.Count);
        var morning = thursday.Single(v => v.Period == 0);
        Assert.Equal(75, morning.Minutes);
        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(10, 0)), (morning.WindowStart, morning.WindowEnd));
        Assert.Equal(["morning-care", "shower"], morning.Lines.Select(l => l.ServiceCode).Order());
        Assert.Equal(30, visits.Single(v => v.Date == Monday.AddDays(2) && v.Period == 0).Minutes);
        Assert.Equal(14, visits.Count);
    }

    [Fact]
    public void Tasks_whose_windows_do_not_meet_stay_separate_visits_and_a_double_staffed_task_is_its_own_visit()
    {
        var tasks = new[]
        {
            Task("medication", 10, "FREQ=DAILY", new(8, 0), new(9, 0)),
            Task("lunch", 20, "FREQ=DAILY", new(12, 0), new(13, 0)),
            Task("transfer", 30, "FREQ=DAILY", new(8, 0), new(9, 0), doubleStaffing: true),
        };

        var monday = VisitDemand.Expand(tasks, Monday, Monday);

        Assert.Equal(3, monday.Count);
        Assert.Single(monday, v => v.DoubleStaffing && v.Minutes == 30);
        Assert.Equal([10, 20], monday.Where(v => !v.DoubleStaffing).Select(v => v.Minutes).Order());
    }

    [Fact]
    public void Days_the_recipient_is_away_get_no_visits()
    {
        var tasks = new[] { Task("morning-care", 30, "FREQ=DAILY", new(8, 0), new(10, 0)) };

        var visits = VisitDemand.Expand(tasks, Monday, Monday.AddDays(6), date => date >= Monday.AddDays(2) && date <= Monday.AddDays(3));

        Assert.Equal(5, visits.Count);
        Assert.DoesNotContain(visits, v => v.Date == Monday.AddDays(2) || v.Date == Monday.AddDays(3));
    }

    [Fact]
    public void A_recipients_preferred_day_replaces_the_granted_one()
    {
        var shower = Task("shower", 45, "FREQ=WEEKLY;BYDAY=TU", new(9, 0), new(11, 0));
        shower.Prefer("FREQ=WEEKLY;BYDAY=TH", new TimeOnly(10, 0), new TimeOnly(12, 0));

        var visits = VisitDemand.Expand([shower], Monday, Monday.AddDays(6));

        var visit = Assert.Single(visits);
        Assert.Equal(Monday.AddDays(3), visit.Date);
        Assert.Equal(new TimeOnly(10, 0), visit.WindowStart);
    }
}
