using CareServices.Notifications.Api.Activities;
using CareServices.Notifications.Api.Alerts;
using CareServices.Notifications.Api.Delivery;
using CareServices.Notifications.Api.Feed;
using CareServices.Notifications.Api.Messaging;
using CareServices.Notifications.Api.Persistence;
using CareServices.Notifications.Api.Rules;
using CareServices.Notifications.Api.Templates;
using CareServices.ServiceDefaults.Caching;
using CareServices.ServiceDefaults.Messaging;
using CareServices.ServiceDefaults.Persistence;
using MassTransit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using StackExchange.Redis;

namespace CareServices.Notifications.Api;

public static class NotificationsServiceExtensions
{
    public const string ServiceName = "notifications";

    public static WebApplicationBuilder AddNotificationsServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationsDbContext, WebApplicationBuilder>("notificationsdb");
        builder.AddServiceBus<NotificationsDbContext, WebApplicationBuilder>(ServiceName, bus =>
        {
            bus.AddGrouped<RecipientRegisteredConsumer>();
            bus.AddGrouped<RecipientUpdatedConsumer>();
            bus.AddGrouped<RecipientUpdatedV2Consumer>();
            bus.AddGrouped<DecisionGrantedConsumer>();
            bus.AddGrouped<DecisionChangedConsumer>();
            bus.AddGrouped<DecisionTerminatedConsumer>();
            bus.AddGrouped<DecisionExpiringConsumer>();
            bus.AddGrouped<StaffRegisteredConsumer>();
            bus.AddGrouped<StaffUpdatedConsumer>();
            bus.AddGrouped<ContactPersonAssignedConsumer>();
            bus.AddGrouped<VisitRescheduledConsumer>();
            bus.AddGrouped<VisitCancelledConsumer>();
            bus.AddGrouped<RecipientNotHomeConsumer>();
            bus.AddGrouped<ConditionChangeReportedConsumer>();
            bus.AddGrouped<DeviationReportedConsumer>();
            bus.AddGrouped<InterestChecklistDueConsumer>();
            bus.AddGrouped<ActivityChangedConsumer>();
            bus.AddGrouped<ActivityCancelledConsumer>();
            bus.AddGrouped<RecipientSignedUpConsumer>();
            bus.AddGrouped<SignUpCancelledConsumer>();
            bus.AddGrouped<VolunteerMatchedConsumer>();
            bus.AddGrouped<TransportArrangedConsumer>();
            bus.AddGrouped<VisitMissedConsumer>();
            bus.AddGrouped<VisitCheckedInLateConsumer>();
        });
        builder.AddServiceRedis();
        builder.Services.AddAuthorizationBuilder().AddNotificationPolicies();
        builder.AddDelivery();
        builder.AddFeed();
        builder.AddEscalation();
        builder.AddReminders();
        return builder;
    }

    /// <summary>Every consumer takes in up to 100 messages at once, committed in groups (<see cref="GroupCommitDefinition{TConsumer}"/>).</summary>
    private static void AddGrouped<TConsumer>(this IBusRegistrationConfigurator bus)
        where TConsumer : class, IConsumer =>
        bus.AddConsumer<TConsumer>(typeof(GroupCommitDefinition<TConsumer>));

    /// <summary>Activity reminders the day before: the worker is also a singleton so a test can run a round on its controlled clock.</summary>
    private static void AddReminders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName);
        builder.Services.AddSingleton<ReminderWorker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ReminderWorker>());
    }

    /// <summary>Missed-visit alerts: the worker is also a singleton so a test can run a round on its controlled clock.</summary>
    private static void AddEscalation(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EscalationOptions>().BindConfiguration(EscalationOptions.SectionName);
        builder.Services.AddSingleton<AlertEscalation>();
        builder.Services.AddSingleton<EscalationWorker>();
        builder.Services.AddHostedService(services => services.GetRequiredService<EscalationWorker>());
    }

    private static void AddDelivery(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName);
        builder.Services.AddSingleton(TemplateCatalog.Load());
        builder.Services.AddSingleton<EventValues>();
        builder.Services.AddSingleton<MessageComposer>();
        builder.Services.AddSingleton<NotificationQueue>();
        builder.Services.AddHostedService<DeliveryWorker>();
        builder.Services.AddSingleton<IChannelSender, InAppSender>();
        builder.Services.AddSingleton<IChannelSender, LetterSender>();
        if (builder.Configuration.GetConnectionString(SmtpEndpoint.ConnectionName) is { Length: > 0 } smtp)
        {
            builder.Services.AddSingleton(SmtpEndpoint.Parse(smtp));
            builder.Services.AddSingleton<IChannelSender, EmailSender>();
        }
        if (builder.Configuration.GetConnectionString(SmsEndpoint.ConnectionName) is { Length: > 0 } sms)
        {
            builder.Services.AddSingleton(SmsEndpoint.Parse(sms));
            builder.Services.AddHttpClient<ISmsProvider, HttpSmsProvider>();
            builder.Services.AddScoped<IChannelSender, SmsSender>();
        }
    }

    /// <summary>SignalR for the in-app feed, on the Redis backplane so a push from any replica reaches every connection.</summary>
    private static void AddFeed(this WebApplicationBuilder builder)
    {
        var redis = builder.Configuration.GetConnectionString(RedisExtensions.ConnectionName)!;
        builder.Services.AddSignalR().AddStackExchangeRedis(redis, options =>
        {
            options.Configuration.AbortOnConnectFail = false;
            options.Configuration.ChannelPrefix = RedisChannel.Literal("careservices-notifications");
        });
        builder.Services.AddSingleton<IUserIdProvider, PersonIdProvider>();
        // Browsers cannot set headers on a WebSocket, so the hub (and only the hub) also takes the token from the query.
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            var previous = options.Events?.OnMessageReceived;
            options.Events ??= new JwtBearerEvents();
            options.Events.OnMessageReceived = async context =>
            {
                if (previous is not null)
                {
                    await previous(context);
                }
                if (context.Token is null && context.HttpContext.Request.Path.StartsWithSegments(FeedHub.Path)
                    && context.Request.Query["access_token"] is { Count: 1 } token)
                {
                    context.Token = token;
                }
            };
        });
    }
}
