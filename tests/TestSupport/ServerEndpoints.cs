namespace CareServices.TestSupport;

/// <summary>Where the real servers for a test run are.</summary>
public sealed record ServerEndpoints(string Postgres, Uri RabbitMq, Uri RabbitMqManagement, string Redis);
