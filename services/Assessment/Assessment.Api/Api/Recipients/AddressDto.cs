using CareServices.Assessment.Domain.Recipients;

namespace CareServices.Assessment.Api.Api.Recipients;

public sealed record AddressDto(string? Street, string? PostalCode, string? City, double? Latitude, double? Longitude)
{
    public static AddressDto From(Address address) => new(address.Street, address.PostalCode, address.City, address.Latitude, address.Longitude);

    /// <summary>Only after <see cref="RecipientRules.ValidateAddress"/> passed.</summary>
    public Address ToDomain() => new(Street!.Trim(), PostalCode!.Trim(), City!.Trim(), Latitude!.Value, Longitude!.Value);
}
