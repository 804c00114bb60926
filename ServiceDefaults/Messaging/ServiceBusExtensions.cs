using CareServices.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CareServices.ServiceDefaults.Messaging;

public static class ServiceBusExtensions
{
    public const string ConnectionName = "rabbitmq";

    /// <summary>
    /// MassTransit on RabbitMQ from <c>ConnectionStrings:rabbitmq</c> (an amqp URI), queues named
    /// <c>{service}-{message}</c>, retry with exponential backoff and then the error queue (or, for an event that arrived
    /// before its predecessor, the wait queue), and the outbox dispatcher for <typeparamref name="TContext"/>.
    /// </summary>
    public static TBuilder AddServiceBus<TContext, TBuilder>(this TBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? configure = null)
        where TContext : DbContext
        where TBuilder : IHostApplicationBuilder
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"Connection string '{ConnectionName}' is missing (ConnectionStrings__{ConnectionName}).");
        var broker = RabbitMqAddress.Parse(connectionString);
        var retry = builder.Configuration.GetSection(MessageRetryOptions.SectionName).Get<MessageRetryOptions>() ?? new MessageRetryOptions();

        builder.Services.AddSingleton(broker);
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            configure?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, broker.Port, broker.VirtualHost, host =>
                {
                    host.Username(broker.Username);
                    host.Password(broker.Password);
                    host.ConnectionName(serviceName);
                });
                // Retries stay in memory with backoff; what still fails goes to the <queue>_error queue, where
                // DeadLetterQueues can replay it. An event still waiting for its predecessor rests in <queue>_wait
                // instead (the filter is configured first, so it sits outside the retries).
                rabbit.UseConsumeFilter(typeof(WaitForPredecessorFilter<>), context);
                rabbit.UseMessageRetry(r => r.Exponential(retry.Limit, retry.MinInterval, retry.MaxInterval, retry.IntervalDelta));
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = false;
            options.StopTimeout = TimeSpan.FromSeconds(15);
        });

        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.SectionName);
        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddSingleton<InboxCommitLanes>();
        builder.Services.AddSingleton<DeadLetterQueues>();
        builder.Services.AddOptions<MessageWaitOptions>().BindConfiguration(MessageWaitOptions.SectionName);
        builder.Services.AddSingleton<WaitQueues>();
        builder.Services.AddScoped(services => new ParkedOutboxMessages(services.GetRequiredService<TContext>()));
        return builder;
    }
}
