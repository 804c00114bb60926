using CareServices.Assessment.Domain.Identity;
using CareServices.Assessment.Domain.Municipalities;
using CareServices.Assessment.Domain.Recipients;
using CareServices.ServiceDefaults.Problems;

namespace CareServices.Assessment.Api.Api.Recipients;

/// <summary>Field rules for recipients; each message names the JSON field and the rule it breaks.</summary>
public static class RecipientRules
{
    public static ValidationErrors ValidateRegistration(RegisterRecipientRequest request, Municipality municipality, DateOnly today, out string? canonicalNationalId)
    {
        var errors = new ValidationErrors()
            .Require(IsName(request.Name), "name", "is required, at most 200 characters")
            .Require(request.BirthDate is { } born && born <= today && born.Year >= 1880, "birthDate", "is required, a date (yyyy-MM-dd) not in the future");
        ValidateZone(request.Zone, municipality, errors);
        ValidateLanguage(request.PreferredLanguage, errors);

        canonicalNationalId = null;
        var check = NationalIds.Check(municipality.Country, request.NationalId, today);
        if (!check.IsValid)
        {
            errors.Add("nationalId", $"{check.Rule} ({CountryRule(municipality.Country)})");
        }
        else if (request.BirthDate is { } birthDate && check.BirthDate != birthDate)
        {
            errors.Add("nationalId", "does not match birthDate");
        }
        else
        {
            canonicalNationalId = check.Canonical;
        }

        ValidateAddress(request.Address, errors);
        ValidateHomeNotes(request.HomeNotes, errors);
        ValidateKeyArrangement(request.KeyArrangement, errors);
        ValidateWelfareTechnology(request.WelfareTechnology, errors);
        return errors;
    }

    public static ValidationErrors ValidateUpdate(UpdateRecipientRequest request, Municipality municipality)
    {
        var errors = new ValidationErrors();
        if (request.Name is not null)
        {
            errors.Require(IsName(request.Name), "name", "at most 200 characters, not blank");
        }
        if (request.Zone is not null)
        {
            ValidateZone(request.Zone, municipality, errors);
        }
        if (request.PreferredLanguage is not null)
        {
            ValidateLanguage(request.PreferredLanguage, errors);
        }
        if (request.Address is not null)
        {
            ValidateAddress(request.Address, errors);
        }
        ValidateHomeNotes(request.HomeNotes, errors);
        ValidateKeyArrangement(request.KeyArrangement, errors);
        ValidateWelfareTechnology(request.WelfareTechnology, errors);
        return errors;
    }

    public static ValidationErrors ValidateResourcePerson(ResourcePersonRequest request) => new ValidationErrors()
        .Require(IsName(request.Name), "name", "is required, at most 200 characters")
        .Require(!string.IsNullOrWhiteSpace(request.Relation) && request.Relation.Trim().Length <= 100, "relation", "is required (e.g. daughter, neighbour), at most 100 characters")
        .Require(request.Phone is null || (request.Phone.Trim().Length is >= 5 and <= 30 && request.Phone.Trim().All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-')), "phone", "digits, spaces, + and - only, 5 to 30 characters")
        .Require(request.Email is null || (request.Email.Length <= 200 && request.Email.Count(c => c == '@') == 1 && !request.Email.StartsWith('@') && !request.Email.EndsWith('@')), "email", "must be an e-mail address")
        .Require(request.Phone is not null || request.Email is not null, "phone", "a phone number or an e-mail address is required")
        .Require(request.ConsentToInform is not null, "consentToInform", "is required: whether the recipient consents that this person is told about changes");

    public static void ValidateZone(string? zone, Municipality municipality, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(zone))
        {
            errors.Add("zone", "is required");
        }
        else if (municipality.FindZone(zone) is null)
        {
            errors.Add("zone", $"is not a zone of {municipality.Name}; known zones: {string.Join(", ", municipality.Zones.Select(z => z.Name))}");
        }
    }

    public static void ValidateAddress(AddressDto? address, ValidationErrors errors)
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

    public static KeyArrangementKind? ParseKind(string? kind) => kind switch
    {
        "none" => KeyArrangementKind.None,
        "keyBox" => KeyArrangementKind.KeyBox,
        "digitalLock" => KeyArrangementKind.DigitalLock,
        _ => null,
    };

    private static void ValidateKeyArrangement(KeyArrangementRequest? key, ValidationErrors errors)
    {
        if (key is null)
        {
            return;
        }
        var kind = ParseKind(key.Kind);
        if (kind is null)
        {
            errors.Add("keyArrangement.kind", "must be one of: none, keyBox, digitalLock");
            return;
        }
        var codeWellFormed = key.Code is { Length: >= 4 and <= 12 } code && code.All(char.IsAsciiLetterOrDigit);
        switch (kind)
        {
            case KeyArrangementKind.KeyBox:
                errors.Require(codeWellFormed, "keyArrangement.code", "is required for a key box: 4 to 12 letters or digits");
                break;
            case KeyArrangementKind.DigitalLock:
                errors.Require(key.Code is null || codeWellFormed, "keyArrangement.code", "4 to 12 letters or digits, or absent when the lock opens without a code");
                break;
            default:
                errors.Require(key.Code is null, "keyArrangement.code", "must be absent when there is no key arrangement");
                break;
        }
        errors.Require(key.Location is null || key.Location.Length <= 200, "keyArrangement.location", "at most 200 characters");
    }

    private static void ValidateHomeNotes(HomeNotesDto? notes, ValidationErrors errors)
    {
        if (notes is null)
        {
            return;
        }
        errors
            .Require(notes.Pets is null || notes.Pets.Length <= 500, "homeNotes.pets", "at most 500 characters")
            .Require(notes.Aids is null || notes.Aids.Length <= 500, "homeNotes.aids", "at most 500 characters")
            .Require(notes.Other is null || notes.Other.Length <= 2000, "homeNotes.other", "at most 2000 characters");
    }

    private static void ValidateWelfareTechnology(IReadOnlyList<string>? technology, ValidationErrors errors) =>
        errors.Require(technology is null || technology.All(WelfareTechnology.Known.Contains), "welfareTechnology",
            $"each must be one of: {string.Join(", ", WelfareTechnology.Known.Order(StringComparer.Ordinal))}");

    private static void ValidateLanguage(string? language, ValidationErrors errors) =>
        errors.Require(language is not null && Languages.Supported.Contains(language), "preferredLanguage",
            $"must be one of: {string.Join(", ", Languages.Supported.Order(StringComparer.Ordinal))}");

    private static bool IsName(string? name) => !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= 200;

    private static string CountryRule(string country) => country switch
    {
        Countries.Sweden => "Swedish personnummer",
        Countries.Denmark => "Danish CPR number",
        _ => "Norwegian fødselsnummer or D-number",
    };
}
