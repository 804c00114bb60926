using CareServices.Scheduling.Domain.Staff;
using CareServices.ServiceDefaults.Problems;

namespace CareServices.Scheduling.Api.Api.Staff;

public static class StaffRequestValidator
{
    public static ValidationErrors Validate(StaffRequest request, out StaffDetails? details)
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.Name) && request.Name.Length <= 200, "name", "is required, at most 200 characters")
            .Require(request.Competences is { Count: > 0 }, "competences", "needs at least one competence")
            .Require(request.Competences is null || request.Competences.All(Competences.All.Contains), "competences", $"each must be one of: {string.Join(", ", Competences.All)}")
            .Require(!string.IsNullOrWhiteSpace(request.Zone) && request.Zone.Length <= 100, "zone", "is required, at most 100 characters")
            .Require(request.EmploymentPercentage is >= 1 and <= 100, "employmentPercentage", "must be 1–100")
            .Require(request.Languages is null || request.Languages.All(l => l is { Length: >= 2 and <= 8 }), "languages", "each must be a language code of 2–8 characters")
            .Require(request.TransportMode is null || TransportModes.All.Contains(request.TransportMode), "transportMode", $"must be one of: {string.Join(", ", TransportModes.All)}")
            .Require(request.BaseLatitude is >= -90 and <= 90, "baseLatitude", "is required, −90 to 90")
            .Require(request.BaseLongitude is >= -180 and <= 180, "baseLongitude", "is required, −180 to 180");
        details = errors.IsEmpty
            ? new StaffDetails(request.Name!.Trim(), request.Competences!, request.Zone!.Trim(), request.EmploymentPercentage!.Value,
                request.Languages ?? ["nb"], request.TransportMode ?? TransportModes.Car, request.BaseLatitude!.Value, request.BaseLongitude!.Value)
            : null;
        return errors;
    }
}
