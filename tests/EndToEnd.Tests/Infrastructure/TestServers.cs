using CareServices.AppHost.Servers;

namespace CareServices.EndToEnd.Tests.Infrastructure;

/// <summary>The servers ./test.sh starts and announces in <c>CARESERVICES_TEST_*</c>.</summary>
public static class TestServers
{
    public static ServerConnections FromEnvironment() =>
        ServerConnections.From(Environment.GetEnvironmentVariable, "CARESERVICES_TEST_")
        ?? throw new InvalidOperationException(
            "No test servers: CARESERVICES_TEST_POSTGRES, CARESERVICES_TEST_RABBITMQ, CARESERVICES_TEST_RABBITMQ_MANAGEMENT " +
            "and CARESERVICES_TEST_REDIS are not all set. Run ./test.sh, which starts throwaway servers and sets them.");
}
