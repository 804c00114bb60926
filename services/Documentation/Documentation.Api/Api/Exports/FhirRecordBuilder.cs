using CareServices.Documentation.Domain.Measurements;
using CareServices.Documentation.Domain.Plans;
using CareServices.Documentation.Domain.Recipients;
using CareServices.Documentation.Domain.Reports;
using CareServices.ServiceDefaults.Problems;
using Hl7.Fhir.Model;

namespace CareServices.Documentation.Api.Api.Exports;

/// <summary>
/// A recipient's record as an HL7 FHIR R4 collection Bundle: the Patient, a CarePlan per approved implementation
/// plan (an activity per service line, a Goal per line's goals), an Encounter per signed visit report, a Flag per
/// reported change in condition and an Observation per weight or nutrition screening. Practical notes (key, pets) stay out: they are not care information.
/// </summary>
public static class FhirRecordBuilder
{
    private const string IdSystem = "urn:careservices:documentation";

    public static Bundle Build(Recipient recipient, IReadOnlyList<ImplementationPlan> plans, IReadOnlyList<VisitReport> reports, IReadOnlyList<Measurement> measurements,
        DateTimeOffset now)
    {
        var bundle = new Bundle { Id = Guid.CreateVersion7(now).ToString(), Type = Bundle.BundleType.Collection, Timestamp = now };
        var patient = new Patient
        {
            Id = recipient.Id.ToString(),
            Name = [new HumanName { Text = recipient.Name }],
            BirthDate = recipient.BirthDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Communication = [new Patient.CommunicationComponent { Language = new CodeableConcept("urn:ietf:bcp:47", recipient.PreferredLanguage) }],
        };
        Add(bundle, patient);
        var subject = Reference(patient);

        foreach (var plan in plans.Where(p => p.Status == PlanStatus.Approved))
        {
            var carePlan = new CarePlan
            {
                Id = plan.Id.ToString(),
                Identifier = [new Identifier(IdSystem, $"{plan.DecisionNumber}/v{plan.Version}")],
                Status = RequestStatus.Active,
                Intent = CarePlan.CarePlanIntent.Plan,
                Title = $"Implementation plan for decision {plan.DecisionNumber}, version {plan.Version}",
                Subject = subject,
                Created = plan.ApprovedAt?.ToString("o"),
            };
            foreach (var line in plan.Lines)
            {
                var activity = new CarePlan.ActivityComponent
                {
                    Detail = new CarePlan.DetailComponent
                    {
                        Kind = CarePlan.CarePlanActivityKind.ServiceRequest,
                        Code = new CodeableConcept { Text = line.ServiceCode },
                        Status = line.ClosedFrom is null ? CarePlan.CarePlanActivityStatus.InProgress : CarePlan.CarePlanActivityStatus.Stopped,
                        Description = Describe(line),
                    },
                };
                if (line.Goals is { } goals)
                {
                    var goal = new Goal
                    {
                        Id = Guid.CreateVersion7(now).ToString(),
                        LifecycleStatus = Goal.GoalLifecycleStatus.Active,
                        Description = new CodeableConcept { Text = goals },
                        Subject = subject,
                    };
                    Add(bundle, goal);
                    carePlan.Goal.Add(Reference(goal));
                    activity.Detail.Goal.Add(Reference(goal));
                }
                carePlan.Activity.Add(activity);
            }
            Add(bundle, carePlan);
        }

        foreach (var report in reports.Where(r => r.IsSigned))
        {
            var encounter = new Encounter
            {
                Id = report.Id.ToString(),
                Identifier = [new Identifier(IdSystem, $"visit/{report.VisitId}")],
                Status = Encounter.EncounterStatus.Finished,
                Class = new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "HH", "home health"),
                Subject = subject,
                Period = new Period(new FhirDateTime(report.ActualStart), new FhirDateTime(report.ActualEnd)),
            };
            Add(bundle, encounter);
            if (report.ConditionChange is { } category)
            {
                Add(bundle, new Flag
                {
                    Id = Guid.CreateVersion7(now).ToString(),
                    Status = Flag.FlagStatus.Active,
                    Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/flag-category", "clinical", "Clinical")],
                    Code = new CodeableConcept { Text = $"Change in condition: {EnumNames<ConditionCategory>.Name(category)}" },
                    Subject = subject,
                    Encounter = Reference(encounter),
                    Period = new Period { Start = new FhirDateTime(report.ActualEnd).ToString() },
                });
            }
        }
        foreach (var measurement in measurements)
        {
            Add(bundle, Observe(measurement, subject));
        }
        return bundle;
    }

    /// <summary>A weight in kg (LOINC 29463-7) or an MNA-SF screening score with its items as components.</summary>
    private static Observation Observe(Measurement measurement, ResourceReference subject)
    {
        var observation = new Observation
        {
            Id = measurement.Id.ToString(),
            Status = ObservationStatus.Final,
            Subject = subject,
            Effective = new FhirDateTime(measurement.MeasuredAt),
        };
        if (measurement.WeightKg is { } kg)
        {
            observation.Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs", "Vital Signs")];
            observation.Code = new CodeableConcept("http://loinc.org", "29463-7", "Body weight");
            observation.Value = new Quantity(kg, "kg");
        }
        else
        {
            observation.Code = new CodeableConcept { Text = "Mini Nutritional Assessment short form (MNA-SF) score" };
            observation.Value = new Integer(measurement.Score);
            observation.Interpretation = [new CodeableConcept { Text = NutritionScreening.Risk(measurement.Score ?? 0) }];
            observation.Component = [.. measurement.Items.Select(item => new Observation.ComponentComponent
            {
                Code = new CodeableConcept { Text = item.Name },
                Value = new Integer(item.Score),
            })];
        }
        return observation;
    }

    private static string Describe(PlanLine line) => string.Join(" ", new[]
    {
        line.TaskText,
        line.RecipientWishes is { } wishes ? $"Wishes: {wishes}" : null,
        line.DoesThemselves is { } own ? $"Does themselves: {own}" : null,
    }.Where(part => !string.IsNullOrWhiteSpace(part)));

    /// <summary>Every resource id is a UUID, so entries and references use <c>urn:uuid:</c> and resolve inside the Bundle.</summary>
    private static void Add(Bundle bundle, Resource resource) =>
        bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:uuid:{resource.Id}", Resource = resource });

    private static ResourceReference Reference(Resource resource) => new($"urn:uuid:{resource.Id}");
}
