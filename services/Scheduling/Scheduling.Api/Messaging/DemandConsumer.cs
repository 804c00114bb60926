using CareServices.Scheduling.Api.Demand;
using CareServices.Scheduling.Api.Persistence;
using CareServices.Scheduling.Api.Planning;
using CareServices.Scheduling.Api.WorkLists;
using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CareServices.Scheduling.Api.Messaging;

/// <summary>
/// A decision event that re-derives a recipient's visits. Withdrawing a published visit makes that day's work lists
/// stale, but only once the inbox has committed the change, after <c>HandleAsync</c> returns: invalidating before
/// the commit would let a read in between cache the old list under the new version. So <see cref="Consume"/> lets
/// the inbox commit first and then invalidates the days.
/// </summary>
public abstract class DemandConsumer<TMessage>(
    SchedulingDbContext db, SchedulingClock clock, IOptions<DemandOptions> options, WorkListCache workLists, TimeProvider timeProvider, ILogger logger)
    : InboxConsumer<TMessage, SchedulingDbContext>(db, timeProvider, logger), IConsumer<TMessage>
    where TMessage : class
{
    private readonly HashSet<(string MunicipalityId, DateOnly Date)> _staleDays = [];

    public new async Task Consume(ConsumeContext<TMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        await base.Consume(context);
        foreach (var (municipalityId, date) in _staleDays)
        {
            await workLists.InvalidateAsync(municipalityId, date, context.CancellationToken);
        }
        _staleDays.Clear();
    }

    /// <summary>Re-derives the recipient's visits on <c>Db</c> (while a group of messages commits, the group leader's context).</summary>
    protected async Task RefreshVisitsAsync(string municipalityId, Guid recipientId, DateOnly from, CancellationToken cancellationToken)
    {
        var writer = new VisitDemandWriter(Db, clock, options);
        await writer.RefreshAsync(municipalityId, recipientId, from, cancellationToken);
        _staleDays.UnionWith(writer.WithdrawnPublishedDays);
    }
}
