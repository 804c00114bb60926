using CareServices.ServiceDefaults.Telemetry;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace CareServices.Gateway.Routing;

public static class CorrelationIdForwarding
{
    /// <summary>Sends the correlation id the gateway settled on (the caller's, or a new one) to the service.</summary>
    public static void AddCorrelationIdForwarding(this TransformBuilderContext context) =>
        context.AddRequestTransform(transform =>
        {
            if (CorrelationIdMiddleware.Get(transform.HttpContext) is { } id)
            {
                transform.ProxyRequest.Headers.Remove(CorrelationIdMiddleware.HeaderName);
                transform.ProxyRequest.Headers.TryAddWithoutValidation(CorrelationIdMiddleware.HeaderName, id);
            }
            return ValueTask.CompletedTask;
        });
}
