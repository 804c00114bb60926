using CareServices.Documentation.Api.Security;
using CareServices.ServiceDefaults.Tenancy;

namespace CareServices.Documentation.Api.Access;

/// <summary>
/// Puts every endpoint of a group behind <see cref="RecordGate"/>: the recipient is the route's <c>recipientId</c>,
/// the purpose the endpoint's <see cref="ConfidentialRecordAttribute"/>. An endpoint without that metadata fails
/// at start-up, so a new endpoint cannot slip past the gate by forgetting it.
/// </summary>
public static class RecordGateFilter
{
    public const string RecipientRouteValue = "recipientId";

    public static TBuilder BehindRecordGate<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        // Finally, because the endpoint's own metadata (Touches) is added after the group's conventions run.
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<ConfidentialRecordAttribute>().Count() != 1)
            {
                throw new InvalidOperationException(
                    $"{endpoint.DisplayName} is behind the record gate but says neither what it touches nor why ({nameof(ConfidentialRecordAttribute)}).");
            }
        });
        builder.AddEndpointFilterFactory((factory, next) => async context =>
        {
            var http = context.HttpContext;
            var record = http.GetEndpoint()!.Metadata.GetRequiredMetadata<ConfidentialRecordAttribute>();
            if (!Guid.TryParse(http.Request.RouteValues[RecipientRouteValue]?.ToString(), out var recipientId))
            {
                throw new InvalidOperationException($"{factory.MethodInfo.Name} is behind the record gate without a {{{RecipientRouteValue}:guid}} route value.");
            }
            var gate = http.RequestServices.GetRequiredService<RecordGate>();
            var municipality = http.RequestServices.GetRequiredService<TenantAccessor>().RequiredMunicipalityId;
            var decision = await gate.OpenAsync(Caller.From(http.User), municipality, recipientId, record, http.RequestAborted);
            if (decision.Access is null)
            {
                return decision.Refusal;
            }
            RecordAccess.AttachTo(http, decision.Access);
            return await next(context);
        });
        return builder;
    }

    /// <summary>Declares what the endpoint touches and why; the gate logs reads under <paramref name="what"/>.</summary>
    public static RouteHandlerBuilder Touches(this RouteHandlerBuilder builder, string what, RecordPurpose purpose) =>
        builder.WithMetadata(new ConfidentialRecordAttribute(what, purpose));
}
