using CareServices.Scheduling.Planner.Tests.Support;

namespace CareServices.Scheduling.Planner.Tests.Instances;

public sealed class MankowskaFormatTests
{
    [Fact]
    public void An_A_instance_becomes_one_visit_per_service_and_one_shift_per_caregiver()
    {
        var instance = TestInstances.A(1);

        Assert.Equal(10, instance.Patients);
        Assert.Equal(3, instance.Caregivers);
        Assert.Equal(13, instance.Problem.Visits.Count);
        Assert.Equal(3, instance.Problem.Shifts.Count);
        Assert.Equal(3, instance.Problem.Synchronisations.Count);
    }

    [Fact]
    public void Double_services_become_simultaneous_or_sequenced_with_the_lower_type_first()
    {
        var syncs = TestInstances.A(1).Problem.Synchronisations.ToDictionary(s => s.FirstVisitId);

        Assert.True(syncs["n8s5"].IsSimultaneous);
        Assert.Equal(("n9s4", 51.0, 102.0), (syncs["n9s1"].SecondVisitId, syncs["n9s1"].MinGap, syncs["n9s1"].MaxGap));
        Assert.Equal(("n10s6", 8.0, 16.0), (syncs["n10s3"].SecondVisitId, syncs["n10s3"].MinGap, syncs["n10s3"].MaxGap));
    }
}
