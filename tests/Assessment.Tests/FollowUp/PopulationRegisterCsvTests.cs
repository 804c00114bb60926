using CareServices.Assessment.Domain.FollowUp;
using CareServices.Assessment.Tests.Support;
using CareServices.TestSupport;

namespace CareServices.Assessment.Tests.FollowUp;

/// <summary>Reading the population-register export without servers.</summary>
public sealed class PopulationRegisterCsvTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    private static PopulationRegisterCsv.Result Read(string csv) => PopulationRegisterCsv.Read(new StringReader(csv), "NO", Today);

    [Fact]
    public void Columns_are_found_by_their_header_in_any_order()
    {
        var id = NationalIds.Make("170538", 200);
        var result = Read($"\uFEFFetternavn;fornavn;fodselsnummer;fodselsdato;adresse;postnummer;poststed\nNordmann;Kari;{id};1938-05-17;Storgata 1;8283;Leinesfjord\n");

        Assert.Empty(result.Errors);
        Assert.Equal(new PopulationRegisterRow(2, id, "Kari Nordmann", new DateOnly(1938, 5, 17), "Storgata 1", "8283", "Leinesfjord"), Assert.Single(result.Rows));
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var result = Read("fodselsnummer;fornavn;etternavn;fodselsdato\n");

        Assert.Equal(("header", 1), (Assert.Single(result.Errors).Field, result.Errors[0].Line));
        Assert.Contains("adresse, postnummer, poststed", result.Errors[0].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_line_is_reported_with_its_number_and_field()
    {
        var result = Read($"fodselsnummer;fornavn;etternavn;fodselsdato;adresse;postnummer;poststed\n12345678901;Ola;Nordmann;1940-01-01;Veien 2;8283;Leinesfjord\n\n{NationalIds.Make("170538", 300)};Per;;17.05.1938;Veien 3;8283;Leinesfjord\n");

        Assert.Equal([(2, "fodselsnummer"), (4, "fodselsdato"), (4, "etternavn")], result.Errors.Select(e => (e.Line, e.Field)));
        Assert.Empty(result.Rows);
    }
}
