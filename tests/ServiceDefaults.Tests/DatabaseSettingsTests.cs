using CareServices.ServiceDefaults.Persistence;
using Npgsql;

namespace CareServices.ServiceDefaults.Tests;

public sealed class DatabaseSettingsTests
{
    [Fact]
    public void A_service_database_prepares_its_repeated_statements()
    {
        var settings = new NpgsqlConnectionStringBuilder(DatabaseExtensions.WithAutoPrepare("Host=db;Database=ledgerdb;Username=app"));

        Assert.Equal(DatabaseExtensions.AutoPreparedStatements, settings.MaxAutoPrepare);
        Assert.Equal(("db", "ledgerdb", "app"), (settings.Host, settings.Database, settings.Username));
    }

    [Theory]
    [InlineData("Host=db;Database=ledgerdb;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=ledgerdb;MaxAutoPrepare=8", 8)]
    public void A_connection_string_that_sets_automatic_preparation_keeps_its_setting(string connectionString, int expected)
    {
        var settings = new NpgsqlConnectionStringBuilder(DatabaseExtensions.WithAutoPrepare(connectionString));

        Assert.Equal(expected, settings.MaxAutoPrepare);
    }
}
