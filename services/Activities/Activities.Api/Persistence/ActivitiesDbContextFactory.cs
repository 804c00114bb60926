using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CareServices.Activities.Api.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service or a database.</summary>
internal sealed class ActivitiesDbContextFactory : IDesignTimeDbContextFactory<ActivitiesDbContext>
{
    public ActivitiesDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ActivitiesDbContext>()
            .UseNpgsql("Host=localhost;Database=activitiesdb")
            .UseSnakeCaseNamingConvention()
            .Options);
}
