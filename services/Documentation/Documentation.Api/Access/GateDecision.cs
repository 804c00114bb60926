using Microsoft.AspNetCore.Http.HttpResults;

namespace CareServices.Documentation.Api.Access;

/// <summary>What <see cref="RecordGate"/> decided: the access, or the ProblemDetails response that refuses it.</summary>
public sealed record GateDecision(RecordAccess? Access, ProblemHttpResult? Refusal)
{
    public static GateDecision Granted(RecordAccess access) => new(access, null);

    public static GateDecision NotFound(Guid recipientId) =>
        new(null, TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Recipient not found",
            detail: $"No recipient {recipientId} in your municipality."));

    public static GateDecision Forbidden(string detail) =>
        new(null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "No care relation", detail: detail));
}
