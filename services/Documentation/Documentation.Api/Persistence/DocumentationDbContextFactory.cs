using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CareServices.Documentation.Api.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or a database.</summary>
internal sealed class DocumentationDbContextFactory : IDesignTimeDbContextFactory<DocumentationDbContext>
{
    public DocumentationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DocumentationDbContext>()
            .UseNpgsql("Host=localhost;Database=documentationdb")
            .UseSnakeCaseNamingConvention()
            .Options);
}
