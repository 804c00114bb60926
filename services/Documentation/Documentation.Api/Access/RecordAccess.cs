using System.Reflection;
using CareServices.Documentation.Api.Security;

namespace CareServices.Documentation.Api.Access;

/// <summary>
/// Proof that <see cref="RecordGate"/> let this request at one recipient's record (and logged the read). Handlers
/// that touch confidential data take it as a parameter; minimal APIs bind parameters before endpoint filters run,
/// so binding makes an empty one that the gate's filter grants. An endpoint that skipped the gate fails on its
/// first request instead of reading unaudited.
/// </summary>
public sealed class RecordAccess : IBindableFromHttpContext<RecordAccess>
{
    private static readonly object ItemKey = new();
    private Grant? _grant;

    private RecordAccess()
    {
    }

    public string MunicipalityId => Granted.MunicipalityId;
    public Guid RecipientId => Granted.RecipientId;
    public string RecipientZone => Granted.RecipientZone;
    public string RecipientLanguage => Granted.RecipientLanguage;
    public Caller Caller => Granted.Caller;

    /// <summary>The care relation, <c>emergency</c>, or <c>self</c> for a recipient reading their own access log.</summary>
    public string Basis => Granted.Basis;

    /// <summary>The caller's staff id; the gate grants staff access only to callers that carry one.</summary>
    public Guid StaffId => Caller.StaffId ?? throw new InvalidOperationException("Only staff access carries a staff id.");

    private Grant Granted => _grant ?? throw new InvalidOperationException(
        $"A {nameof(RecordAccess)} was used that the record gate did not grant; put the endpoint behind the gate.");

    internal static RecordAccess Create(RecipientFacts recipient, Caller caller, string basis) =>
        new() { _grant = new Grant(recipient.MunicipalityId, recipient.Id, recipient.Zone, recipient.PreferredLanguage, caller, basis) };

    /// <summary>Hands the gate's access to the handler's parameter bound for this request.</summary>
    internal static void AttachTo(HttpContext context, RecordAccess granted)
    {
        if (context.Items.TryGetValue(ItemKey, out var bound) && bound is RecordAccess parameter)
        {
            parameter._grant = granted._grant;
        }
    }

    public static ValueTask<RecordAccess?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var access = new RecordAccess();
        context.Items[ItemKey] = access;
        return ValueTask.FromResult<RecordAccess?>(access);
    }

    private sealed record Grant(string MunicipalityId, Guid RecipientId, string RecipientZone, string RecipientLanguage, Caller Caller, string Basis);
}
