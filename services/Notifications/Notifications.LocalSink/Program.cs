namespace CareServices.Notifications.LocalSink;

/// <summary>
/// A local stand-in for the mail relay and the SMS provider: everything sent is kept as files a person can read.
/// (A namespaced entry point, so test projects can reference both this host and a service's top-level Program.)
/// </summary>
public static class SinkProgram
{
    public static void Main(string[] args) => LocalSinkHost.Create(args).Run();
}
