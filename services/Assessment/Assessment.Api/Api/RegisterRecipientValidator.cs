using CareServices.Assessment.Domain.Identity;
using CareServices.Assessment.Domain.Recipients;
using CareServices.ServiceDefaults.Problems;

namespace CareServices.Assessment.Api.Api;

/// <summary>Field rules for registering a recipient; each message names the JSON field and the rule it breaks.</summary>
public static class RegisterRecipientValidator
{
    public static ValidationErrors Validate(RegisterRecipientRequest request, DateOnly today)
    {
        var errors = new ValidationErrors()
            .Require(!string.IsNullOrWhiteSpace(request.Name) && request.Name.Trim().Length <= 200, "name", "is required, at most 200 characters")
            .Require(request.BirthDate is { } born && born <= today && born.Year >= 1880, "birthDate", "is required, a date (yyyy-MM-dd) not in the future")
            .Require(!string.IsNullOrWhiteSpace(request.Zone) && request.Zone.Trim().Length <= 100, "zone", "is required, at most 100 characters")
            .Require(request.PreferredLanguage is { } language && Languages.Supported.Contains(language), "preferredLanguage",
                $"must be one of: {string.Join(", ", Languages.Supported.Order(StringComparer.Ordinal))}");

        var check = NorwegianNationalId.Check(request.NationalId);
        if (!check.IsValid)
        {
            errors.Add("nationalId", check.Rule!);
        }
        else if (request.BirthDate is { } birthDate && check.BirthDate != birthDate)
        {
            errors.Add("nationalId", "does not match birthDate");
        }

        ValidateAddress(request.Address, errors);
        return errors;
    }

    private static void ValidateAddress(AddressDto? address, ValidationErrors errors)
    {
        if (address is null)
        {
            errors.Add("address", "is required");
            return;
        }
        errors
            .Require(!string.IsNullOrWhiteSpace(address.Street), "address.street", "is required")
            .Require(!string.IsNullOrWhiteSpace(address.PostalCode), "address.postalCode", "is required")
            .Require(!string.IsNullOrWhiteSpace(address.City), "address.city", "is required")
            .Require(address.Latitude is >= -90 and <= 90, "address.latitude", "is required, between -90 and 90")
            .Require(address.Longitude is >= -180 and <= 180, "address.longitude", "is required, between -180 and 180");
    }
}
