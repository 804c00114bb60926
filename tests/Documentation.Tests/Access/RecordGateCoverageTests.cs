using CareServices.Documentation.Api.Access;
using CareServices.Documentation.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CareServices.Documentation.Tests.Access;

/// <summary>No endpoint reaches a recipient's record around the gate.</summary>
public sealed class RecordGateCoverageTests(DocumentationHost host) : IClassFixture<DocumentationHost>
{
    [Fact]
    public void Every_endpoint_under_a_recipient_record_declares_what_it_touches_and_why()
    {
        var endpoints = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.Contains("{recipientId", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, e => Assert.Single(e.Metadata.OfType<ConfidentialRecordAttribute>()));
    }

    [Fact]
    public void Every_endpoint_that_takes_a_record_access_is_under_a_recipient_record()
    {
        var takers = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.OfType<System.Reflection.MethodInfo>().Any(m => m.GetParameters().Any(p => p.ParameterType == typeof(RecordAccess))))
            .ToList();

        Assert.NotEmpty(takers);
        Assert.All(takers, e => Assert.Contains("{recipientId", e.RoutePattern.RawText, StringComparison.Ordinal));
    }
}
