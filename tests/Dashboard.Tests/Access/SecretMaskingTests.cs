using CareServices.AppHost.Dashboard;

namespace CareServices.Dashboard.Tests.Access;

public sealed class SecretMaskingTests
{
    [Theory]
    [InlineData("Authentication__Jwt__SigningKey", "c2VjcmV0", SecretMasking.Mask)]
    [InlineData("OTEL_EXPORTER_OTLP_HEADERS", "x-otlp-api-key=abc", SecretMasking.Mask)]
    [InlineData("ConnectionStrings__assessmentdb", "Host=127.0.0.1;Port=5432;Username=postgres;Password=s3cret;Database=assessmentdb",
        "Host=127.0.0.1;Port=5432;Username=postgres;Password=••••••;Database=assessmentdb")]
    [InlineData("ConnectionStrings__rabbitmq", "amqp://guest:guest@127.0.0.1:5672/e2e", "amqp://guest:••••••@127.0.0.1:5672/e2e")]
    [InlineData("ASPNETCORE_URLS", "http://127.0.0.1:5000", "http://127.0.0.1:5000")]
    public void Secrets_are_masked_and_the_rest_is_shown(string name, string value, string shown) =>
        Assert.Equal(shown, SecretMasking.MaskValue(name, value));
}
